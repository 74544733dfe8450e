// Preact contexts shared by the renderer's components.
import { createContext } from "preact";

/** { tree, widgets, actions, scriptState } — see index.js. */
export const AppContext = createContext(null);

/** True inside the sidebar (headings there get no anchor links, like Streamlit). */
export const SidebarContext = createContext(false);
