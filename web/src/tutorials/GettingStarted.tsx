import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { onboardingKeys, reportProgress, useMyOnboarding, type OnboardingStep } from "../api/onboarding.ts";
import { Problem } from "../ui/Problem.tsx";
import { itemPath } from "./itemLink.ts";
import "./tutorials.css";

/**
 * The portal's "Getting started" panel: the signed-in person's onboarding path with each step's state, until
 * nothing is left to do (the API says `complete`), when it disappears.
 */
export function GettingStarted() {
  const { t } = useTranslation("tutorials");
  const mine = useMyOnboarding();
  if (mine.error) return <Problem error={mine.error} />;
  if (!mine.data || mine.data.complete || !mine.data.path || mine.data.items.length === 0) return null;
  const { path, items } = mine.data;
  const done = items.filter((item) => item.done).length;
  return (
    <section className="card stack getting-started" aria-labelledby="getting-started-title">
      <div className="spread">
        <h2 id="getting-started-title">{t("onboarding.gettingStarted")}</h2>
        <span className="muted">{t("onboarding.progress", { done, total: items.length })}</span>
      </div>
      <p className="muted" dir="auto">
        {path.title}
      </p>
      <ol className="learning-items">
        {items.map((item) => (
          <Step key={`${item.kind}:${item.id}`} item={item} />
        ))}
      </ol>
      <p>
        <Link to="/kb/tutorials">{t("onboarding.allTutorials")}</Link>
      </p>
    </section>
  );
}

function Step({ item }: { item: OnboardingStep }) {
  const { t } = useTranslation("tutorials");
  const queryClient = useQueryClient();
  const markDone = useMutation({
    mutationFn: () => reportProgress({ kind: item.kind, id: item.id, event: "done" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: onboardingKeys.mine }),
  });
  const title = item.title ?? t("playlist.untitledArticle");
  const state = item.done ? "done" : item.progress.openedAt ? "opened" : "new";
  return (
    <li className="step">
      <span className={`badge ${item.done ? "met" : ""}`}>{t(`onboarding.state.${state}`)}</span>{" "}
      <span className="muted">{t(`playlist.${item.kind}`)}</span>{" "}
      <Link to={itemPath(item)}>
        <bdi>{title}</bdi>
      </Link>
      {item.done ? null : (
        <button
          type="button"
          className="link"
          aria-label={t("onboarding.markDoneOf", { title })}
          disabled={markDone.isPending}
          onClick={() => markDone.mutate()}
        >
          {t("onboarding.markDone")}
        </button>
      )}
      <Problem error={markDone.error} />
    </li>
  );
}
