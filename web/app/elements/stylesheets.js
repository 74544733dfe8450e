// The lazy stylesheets (kept out of styles.css), by name: loaders of their CSS
// text, adopted by each app's root (the document, or an embedded app's shadow
// root) once a renderer that names them has loaded (lazy.js). Element types
// name theirs in registry.js, blocks and page UI in lazy.js.
export const STYLESHEETS = {
  metric: () => import("./metric.css?inline"),
  help: () => import("./help-info.css?inline"),
  celebration: () => import("./celebration.css?inline"),
  data: () => import("./data.css?inline"),
  media: () => import("./media.css?inline"),
  tabs: () => import("../layout/tabs.css?inline"),
  popover: () => import("../layout/popover.css?inline"),
  dialog: () => import("../layout/dialog.css?inline"),
  chatMessage: () => import("../layout/chat-message.css?inline"),
  navigation: () => import("../layout/navigation.css?inline"),
  mainMenu: () => import("../layout/main-menu.css?inline"),
  fileUploader: () => import("../widgets/file-uploader.css?inline"),
  chatInput: () => import("../widgets/chat-input.css?inline"),
  multiselect: () => import("../widgets/multiselect.css?inline"),
  dateInput: () => import("../widgets/date-input.css?inline"),
  colorPicker: () => import("../widgets/color-picker.css?inline"),
  buttonGroup: () => import("../widgets/button-group.css?inline"),
  feedback: () => import("../widgets/feedback.css?inline"),
  pagination: () => import("../widgets/pagination.css?inline"),
  components: () => import("./components.css?inline"),
  codeTheme: () => import("./code-theme.css?inline"),
  exception: () => import("./exception.css?inline"),
  mediaInput: () => import("../widgets/media-input.css?inline"),
  menuButton: () => import("../widgets/menu-button.css?inline"),
  skeleton: () => import("./skeleton.css?inline"),
  dateTimeInput: () => import("../widgets/datetime-input.css?inline"),
  logo: () => import("../layout/logo.css?inline"),
  figureCharts: () => import("./figure-charts.css?inline"),
};

/** @typedef {keyof typeof STYLESHEETS} StylesheetName */
