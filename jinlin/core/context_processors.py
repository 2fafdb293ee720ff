    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
W    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
h    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
v    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
y    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
g    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
d    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
d    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
w    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
f    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
:    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
h    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
v    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
g    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
h    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
u    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
l    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
d    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
.    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
f    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
_    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
_    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
f    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
u    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
u    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
_    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
_    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
f    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
y    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
g    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
A    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
y    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
f    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
d    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
j    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
g    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
.    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
h    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
H    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
R    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
q    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
u    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
f    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
d    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
j    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
g    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
.    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
u    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
l    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
v    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
f    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
d    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
j    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
g    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
.    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
u    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
l    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
.    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
l    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
g    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
x    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
_    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
l    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
z    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
y    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
_    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
f    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
j    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
l    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
.    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
b    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
.    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
c    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
c    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
c    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
_    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
f    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
f    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
j    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
l    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
.    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
b    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
.    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
d    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
l    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
R    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
l    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
A    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
g    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
R    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
l    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
=    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
R    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
l    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
A    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
g    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
.    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
R    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
l    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
d    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
f    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
v    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
g    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
(    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
q    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
u    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
:    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
H    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
R    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
q    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
u    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
)    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
-    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
>    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
d    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
c    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
[    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
,    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
A    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
y    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
]    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
:    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
u    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
=    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
g    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
(    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
q    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
u    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
,    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
u    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
,    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
N    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
)    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
f    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
u    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
N    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
u    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
.    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
_    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
u    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
h    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
c    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
d    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
:    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
u    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
{    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
v    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
_    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
:    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
[    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
]    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
,    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
c    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
:    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
N    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
}    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
c    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
=    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
c    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
_    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
f    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
(    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
u    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
)    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
:    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
l    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
[    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
u    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
l    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
[    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
,    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
A    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
y    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
]    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
]    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
=    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
[    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
(    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
h    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
,    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
_    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
(    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
H    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
)    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
)    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
]    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
f    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
c    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
.    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
b    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
_    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
d    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
:    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
.    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
d    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
(    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
(    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
y    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
-    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
g    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
,    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
_    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
(    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
M    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
y    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
g    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
)    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
)    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
)    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
f    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
c    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
.    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
c    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
_    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
d    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
_    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
:    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
+    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
=    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
[    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
(    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
g    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
-    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
,    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
_    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
(    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
O    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
g    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
z    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
)    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
)    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
,    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
(    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
b    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
-    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
l    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
,    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
_    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
(    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
M    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
b    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
)    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
)    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
]    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
.    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
d    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
(    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
(    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
g    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
-    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
l    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
,    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
_    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
(    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
R    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
g    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
)    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
)    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
)    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
.    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
d    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
(    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
(    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
g    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
-    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
,    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
_    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
(    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
F    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
g    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
u    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
)    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
)    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
)    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
f    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
c    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
.    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
h    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
_    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
l    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
(    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
R    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
l    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
.    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
U    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
N    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
I    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
T    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
_    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
A    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
D    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
M    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
I    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
N    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
)    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
:    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
.    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
d    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
(    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
(    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
u    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
-    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
g    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
,    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
_    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
(    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
U    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
g    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
)    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
)    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
)    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
f    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
c    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
.    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
_    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
d    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
:    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
.    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
d    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
(    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
(    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
-    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
u    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
l    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
d    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
,    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
_    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
(    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
I    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
)    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
)    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
)    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
h    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
=    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
q    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
u    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
.    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
h    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
v    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
=    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
[    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
]    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
f    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
,    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
l    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
b    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
l    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
:    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
u    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
l    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
=    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
v    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
(    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
)    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
c    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
v    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
=    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
h    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
=    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
=    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
u    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
l    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
f    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
u    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
l    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
=    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
=    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
/    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
l    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
h    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
.    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
w    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
h    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
(    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
u    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
l    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
)    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
v    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
.    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
d    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
(    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
{    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
u    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
l    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
:    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
u    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
l    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
,    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
l    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
b    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
l    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
:    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
l    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
b    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
l    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
,    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
c    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
v    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
:    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
c    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
v    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
}    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
)    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
u    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
r    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
{    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
v    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
_    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
t    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
:    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
v    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
,    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
c    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
:    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
c    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
,    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
h    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
w    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
_    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
d    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
_    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
l    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
k    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
"    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
:    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
     path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
c    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
o    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
p    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
e    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
.    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
s    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
_    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
a    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
d    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
m    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
i    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
n    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
}    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]

    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if (path == url if url == "/" else path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
