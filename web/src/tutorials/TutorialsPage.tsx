import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTutorials, type TutorialSummary } from "../api/tutorials.ts";
import { useSession } from "../app/session.tsx";
import { Problem } from "../ui/Problem.tsx";
import "./tutorials.css";

/** /kb/tutorials: the tutorials the reader may watch (signed out: the public ones), newest first. */
export default function TutorialsPage() {
  const { t } = useTranslation(["tutorials", "common"]);
  const { me } = useSession();
  const tutorials = useTutorials();
  const items = tutorials.data ?? [];
  return (
    <section className="page medium stack tutorials" aria-labelledby="tutorials-title">
      <h1 id="tutorials-title">{t("list.title")}</h1>
      <p className="muted">{t("list.intro")}</p>
      {me ? null : <p className="hint">{t("player.signInHint")}</p>}
      <Problem error={tutorials.error} />
      {tutorials.isPending ? (
        <p role="status">{t("common:loading")}</p>
      ) : items.length === 0 && !tutorials.error ? (
        <p>{t("list.empty")}</p>
      ) : (
        <ul className="tutorial-grid">
          {items.map((tutorial) => (
            <TutorialCard key={tutorial.id} tutorial={tutorial} />
          ))}
        </ul>
      )}
    </section>
  );
}

function TutorialCard({ tutorial }: { tutorial: TutorialSummary }) {
  const { t } = useTranslation("tutorials");
  return (
    <li className="card tutorial-card">
      {tutorial.posterUrl ? (
        <img className="poster" src={tutorial.posterUrl} alt="" width={320} height={180} loading="lazy" />
      ) : (
        <div className="poster placeholder" aria-hidden="true">
          ▶
        </div>
      )}
      <h2>
        <Link to={`/kb/tutorials/${tutorial.id}`}>
          <bdi>{tutorial.title}</bdi>
        </Link>
      </h2>
      <p className="row">
        <span className="badge">{t(`language.${tutorial.language}`)}</span>
        {tutorial.status === "draft" ? <span className="badge">{t("list.draft")}</span> : null}
        {tutorial.video ? null : <span className="muted">{t("list.noVideo")}</span>}
      </p>
      {tutorial.description ? (
        <p className="muted" dir="auto">
          {tutorial.description}
        </p>
      ) : null}
    </li>
  );
}
