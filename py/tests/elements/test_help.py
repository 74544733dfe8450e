"""st.help and st.write(function/class/module): Streamlit's stHelp summary."""


def helps(a):
    return [n.props for n in a.of_type("help")]


def test_function_summary(app):
    a = app('''
        import streamlit as st

        def foo(a, b=2):
            """Docstring of foo.

            More text."""
            return a

        st.help(foo)
    ''')
    (props,) = helps(a)
    assert props["name"] == "foo"
    assert props["type"] == "function"
    assert props["value"] == "__main__.foo(a, b=2)"
    assert props["docString"] == "Docstring of foo.\n\nMore text."


def test_class_members_sorted_by_kind_then_name(app):
    a = app('''
        import streamlit as st

        class Dog:
            """A dog."""
            legs = 4
            def bark(self):
                """Says woof.
                Loudly."""
            @property
            def age(self):
                """Age in years."""
                return 3

        st.help(Dog())
    ''')
    (props,) = helps(a)
    assert props["type"] == "Dog"
    assert props["docString"] == "A dog."
    assert props["value"] == "__main__.Dog()"
    members = {m["name"]: m for m in props["members"]}
    assert [m["name"] for m in props["members"]] == ["age", "legs", "bark"]
    assert members["age"] == {"name": "age", "type": "property", "value": None, "docString": "Age in years."}
    assert members["legs"]["value"] == "4"
    assert members["bark"]["type"] == "method"
    assert members["bark"]["docString"] == "Says woof."


def test_plain_values_and_names(app):
    a = app("""
        import streamlit as st
        x = [1, 2]
        st.help(x)
        st.help("text")
        st.help(x := 5)
    """)
    first, second, third = helps(a)
    assert (first["name"], first["type"], first["value"]) == ("x", "list", "[1, 2]")
    assert first["docString"].startswith("Built-in mutable sequence.")
    assert (second["name"], second["type"], second["value"]) == (None, "str", "'text'")
    assert (third["name"], third["value"]) == ("x", "5")


def test_module_and_default(app):
    a = app("""
        import streamlit as st
        import json
        st.help(json)
        st.help()
    """)
    json_help, st_help = helps(a)
    assert json_help["type"] == "module" and json_help["name"] == "json"
    assert json_help["value"] is None  # "json" is its own name, so Streamlit leaves the value out
    assert json_help["docString"].startswith("JSON (JavaScript Object Notation)")
    assert st_help["type"] == "module"
    assert "metric" in [m["name"] for m in st_help["members"]]


def test_write_uses_help_for_functions_classes_and_modules(app):
    a = app('''
        import streamlit as st
        import json

        def greet(name):
            """Say hi."""

        class Thing:
            """A thing."""

        st.write(greet)
        st.write(Thing)
        st.write(json)
    ''')
    greet, thing, module = helps(a)
    assert (greet["name"], greet["type"], greet["docString"]) == ("greet", "function", "Say hi.")
    assert (thing["name"], thing["type"], thing["value"]) == ("Thing", "class", "__main__.Thing()")
    assert module["type"] == "module"
    assert not a.of_type("text")
