import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useTutorial, useTutorials } from "../api/tutorials.ts";
import { Problem } from "../ui/Problem.tsx";
import { TutorialForm } from "./TutorialForm.tsx";
import { TutorialMedia } from "./TutorialMedia.tsx";
import "./tutorials.css";

/**
 * /console/tutorials (staff): every tutorial, drafts included, and a form for a new one; /console/tutorials/:id:
 * one tutorial's details, chapters and media.
 */
export default function TutorialAdminPage() {
  const { id } = useParams();
  const { t } = useTranslation(["tutorials", "common"]);
  return (
    <section className="page medium stack tutorials" aria-labelledby="tutorial-admin-title">
      <div className="spread">
        <h1 id="tutorial-admin-title">{t("editor.pageTitle")}</h1>
        {id ? <Link to="/console/tutorials">{t("player.back")}</Link> : null}
      </div>
      {id ? <EditTutorial id={id} /> : <TutorialList />}
    </section>
  );
}

function TutorialList() {
  const { t } = useTranslation(["tutorials", "common"]);
  const tutorials = useTutorials();
  return (
    <>
      <Problem error={tutorials.error} />
      {tutorials.isPending ? <p role="status">{t("common:loading")}</p> : null}
      {tutorials.data?.length === 0 ? <p>{t("list.empty")}</p> : null}
      <ul className="learning-items">
        {(tutorials.data ?? []).map((tutorial) => (
          <li key={tutorial.id}>
            <Link to={`/console/tutorials/${tutorial.id}`}>
              <bdi>{tutorial.title}</bdi>
            </Link>{" "}
            <span className="badge">{t(`language.${tutorial.language}`)}</span>{" "}
            <span className="badge">{t(`editor.statuses.${tutorial.status}`)}</span>{" "}
            <Link to={`/kb/tutorials/${tutorial.id}`}>{t("editor.watch")}</Link>
          </li>
        ))}
      </ul>
      <TutorialForm tutorial={null} />
    </>
  );
}

function EditTutorial({ id }: { id: string }) {
  const { t } = useTranslation(["tutorials", "common"]);
  const tutorial = useTutorial(id);
  if (tutorial.isPending) return <p role="status">{t("common:loading")}</p>;
  if (!tutorial.data) return <Problem error={tutorial.error} />;
  return (
    <>
      <p>
        <Link to={`/kb/tutorials/${id}`}>{t("editor.watch")}</Link>
      </p>
      <TutorialForm key={tutorial.data.id} tutorial={tutorial.data} />
      <TutorialMedia tutorial={tutorial.data} />
    </>
  );
}
