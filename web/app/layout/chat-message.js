// st.chat_message -> stChatMessage: an avatar and a stChatMessageContent
// group holding the message's elements.
import { h } from "preact";
import { cx } from "../classes.js";
import { MaterialIcon, materialIconName } from "../material-icon.js";
import { safeSrc } from "../safe-url.js";

function MaterialAvatar({ name }) {
  return h("span", { class: "st-chat-avatar-icon" }, h(MaterialIcon, { name }));
}

function Avatar({ props }) {
  const { avatarType, avatar, name } = props;
  if (avatarType === "icon" && (avatar === "user" || avatar === "assistant")) {
    const user = avatar === "user";
    return h("div", {
      "data-testid": user ? "stChatMessageAvatarUser" : "stChatMessageAvatarAssistant",
      "aria-hidden": "true",
      class: cx("st-chat-avatar", user ? "st-chat-avatar-user" : "st-chat-avatar-assistant"),
    }, h(MaterialAvatar, { name: user ? "face" : "smart_toy" }));
  }
  if (avatarType === "emoji") {
    return h("div", { "aria-hidden": "true", class: "st-chat-avatar st-chat-avatar-emoji" }, avatar);
  }
  if (avatarType === "image" && safeSrc(avatar)) {
    return h("img", { src: avatar, alt: `${name} avatar`, class: "st-chat-avatar st-chat-avatar-image", "data-testid": "stChatMessageAvatarImage" });
  }
  const material = materialIconName(avatar);
  if (material) {
    return h("div", { "data-testid": "stChatMessageAvatarCustom", "aria-hidden": "true", class: "st-chat-avatar st-chat-avatar-material" },
      h(MaterialAvatar, { name: material }));
  }
  // No avatar: the name's first letter.
  const initial = String(name ?? "").trim().charAt(0).toUpperCase();
  return h("div", { "data-testid": "stChatMessageAvatarCustom", "aria-hidden": "true", class: "st-chat-avatar st-chat-avatar-initial" }, initial);
}

/**
 * @param {{props: import("../../../protocol/messages.js").ChatMessageProps, children?: import("preact").ComponentChildren}} p
 *   children: the message's stVerticalBlock
 */
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
