import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { currentCsrfToken } from "../app/api.ts";

/**
 * The portal's "Chat with support" (the SLA page promises "press Chat in the portal"): the same chat.js other sites
 * embed, started as the signed-in employee (`data-portal`: no name or email asked, the chat's requester is them), on
 * the default chat channel (no `data-channel`), whose group an admin chooses.
 * Loaded once per portal visit, in the portal's language; removed with the portal.
 */
export function PortalChat() {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  useEffect(() => {
    const script = document.createElement("script");
    script.src = "/chat.js";
    script.dataset.portal = "true";
    script.dataset.csrf = currentCsrfToken() ?? "";
    script.dataset.lang = lang;
    document.body.append(script);
    return () => {
      script.remove();
      document.querySelectorAll(".flc").forEach((node) => node.remove());
    };
  }, [lang]);
  return null;
}
