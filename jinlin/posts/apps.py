from django.apps import AppConfig


class PostsConfig(AppConfig):
    name = "jinlin.posts"
    label = "posts"
