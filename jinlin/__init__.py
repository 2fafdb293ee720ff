"""近邻 Jinlin: the 双报到 party-member volunteer system of a district."""
