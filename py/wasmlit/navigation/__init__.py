"""Multipage apps: st.Page, st.navigation, the pages/ folder, st.switch_page."""
