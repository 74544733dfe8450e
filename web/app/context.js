// Preact contexts shared by the renderer's components.
import { createContext } from "preact";

/** The view's shared services: { tree, widgets, rerun, stop, upload, navigate, render, embedded, hrefFor, portalRoot, … } — built in index.js (createAppView's `ctx`). */
export const AppContext = createContext(null);

/** True inside the sidebar (headings there get no anchor links, like Streamlit). */
export const SidebarContext = createContext(false);
