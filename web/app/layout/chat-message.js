// st.chat_message -> stChatMessage: an avatar and a stChatMessageContent
// group holding the message's elements.
import { h } from "preact";
import { cx } from "../classes.js";
import { safeSrc } from "../safe-url.js";

// Material Symbols "face" and "smart_toy" (Streamlit's default avatars), inline.
const FACE = "M9 11.75a1.25 1.25 0 1 0 0 2.5 1.25 1.25 0 0 0 0-2.5zm6 0a1.25 1.25 0 1 0 0 2.5 1.25 1.25 0 0 0 0-2.5zM12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.41 0-8-3.59-8-8 0-.29.02-.58.05-.86 2.36-1.05 4.23-2.98 5.21-5.37a9.974 9.974 0 0 0 10.41 3.97c.21.71.33 1.47.33 2.26 0 4.41-3.59 8-8 8z";
const SMART_TOY = "M20 9V7c0-1.1-.9-2-2-2h-3c0-1.66-1.34-3-3-3S9 3.34 9 5H6c-1.1 0-2 .9-2 2v2c-1.66 0-3 1.34-3 3s1.34 3 3 3v4c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2v-4c1.66 0 3-1.34 3-3s-1.34-3-3-3zm-2 10H6V7h12v12zm-9-6c-.83 0-1.5-.67-1.5-1.5S8.17 10 9 10s1.5.67 1.5 1.5S9.83 13 9 13zm7.5-1.5c0 .83-.67 1.5-1.5 1.5s-1.5-.67-1.5-1.5.67-1.5 1.5-1.5 1.5.67 1.5 1.5zM8 15h8v2H8v-2z";

function MaterialAvatar({ path }) {
  return h("span", { class: "st-chat-avatar-icon" },
    h("span", { "data-testid": "stIconMaterial", "aria-hidden": "true", class: "st-material-icon" },
      h("svg", { viewBox: "0 0 24 24", width: "1.25rem", height: "1.25rem", fill: "currentColor", "aria-hidden": "true" }, h("path", { d: path }))));
}

function Avatar({ props }) {
  const { avatarType, avatar, name } = props;
  if (avatarType === "icon" && (avatar === "user" || avatar === "assistant")) {
    const user = avatar === "user";
    return h("div", {
      "data-testid": user ? "stChatMessageAvatarUser" : "stChatMessageAvatarAssistant",
      "aria-hidden": "true",
      class: cx("st-chat-avatar", user ? "st-chat-avatar-user" : "st-chat-avatar-assistant"),
    }, h(MaterialAvatar, { path: user ? FACE : SMART_TOY }));
  }
  if (avatarType === "emoji") {
    return h("div", { "aria-hidden": "true", class: "st-chat-avatar st-chat-avatar-emoji" }, avatar);
  }
  if (avatarType === "image" && safeSrc(avatar)) {
    return h("img", { src: avatar, alt: `${name} avatar`, class: "st-chat-avatar st-chat-avatar-image", "data-testid": "stChatMessageAvatarImage" });
  }
  // A material icon (no icon font is shipped) or no avatar: the name's first letter.
  const initial = String(name ?? "").trim().charAt(0).toUpperCase();
  return h("div", { "data-testid": "stChatMessageAvatarCustom", "aria-hidden": "true", class: "st-chat-avatar st-chat-avatar-initial" }, initial);
}

/** @param {{props: object, children: any}} p  children: the message's stVerticalBlock */
export function ChatMessage({ props, children }) {
  return h("div", { class: "stChatMessage", "data-testid": "stChatMessage" },
    h(Avatar, { props }),
    h("div", {
      "data-testid": "stChatMessageContent",
      role: "group",
      "aria-label": `Chat message from ${props.name ?? ""}`,
      class: "st-chat-message-content",
    }, children));
}
