import "i18next";
import type admin from "../locales/en/admin.json";
import type common from "../locales/en/common.json";
import type consolePage from "../locales/en/console.json";
import type portal from "../locales/en/portal.json";
import type publicPages from "../locales/en/public.json";
import type reviews from "../locales/en/reviews.json";
import type reports from "../locales/en/reports.json";
import type kbEditor from "../locales/en/kbEditor.json";
import type tutorials from "../locales/en/tutorials.json";
import type kb from "../locales/en/kb.json";

// The English resources are the keys: a key that is not in them (a typo, a key renamed or removed) fails typecheck.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: {
      common: typeof common;
      console: typeof consolePage;
      portal: typeof portal;
      admin: typeof admin;
      public: typeof publicPages;
      reviews: typeof reviews;
      reports: typeof reports;
      kbEditor: typeof kbEditor;
      tutorials: typeof tutorials;
      kb: typeof kb;
    };
  }
}
