import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { onboardingKeys, reportProgress, type ProgressReport } from "../api/onboarding.ts";
import { useTutorial, type Tutorial } from "../api/tutorials.ts";
import { useSession } from "../app/session.tsx";
import { Problem } from "../ui/Problem.tsx";
import { clockTime } from "./clock.ts";
import "./tutorials.css";

/**
 * /kb/tutorials/:id: the player (an uploaded video with its caption tracks, or an external video in its own player),
 * the chapters that seek it, and — for a signed-in person — progress reported to their onboarding path.
 */
export default function TutorialPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation(["tutorials", "common"]);
  const tutorial = useTutorial(id);
  const report = useProgressReporter(id);

  // Opening the page counts as opening the item, once per tutorial shown.
  const loadedId = tutorial.data?.id;
  useEffect(() => {
    if (loadedId) report("opened");
  }, [loadedId, report]);

  if (tutorial.isPending) return <p role="status">{t("common:loading")}</p>;
  return (
    <section className="page medium stack tutorials" aria-labelledby="tutorial-title">
      <p>
        <Link to="/kb/tutorials">{t("player.back")}</Link>
      </p>
      {tutorial.data ? (
        <Player tutorial={tutorial.data} onEnded={() => report("ended")} />
      ) : (
        <>
          <h1 id="tutorial-title">{t("player.notFound")}</h1>
          <Problem error={tutorial.error} />
        </>
      )}
    </section>
  );
}

/** Reports an event of this tutorial for a signed-in reader (visitors have no path), then refreshes their path. */
function useProgressReporter(id: string) {
  const { me } = useSession();
  const queryClient = useQueryClient();
  const signedIn = me !== null;
  // Stable while the reader and the tutorial stay the same, so the "opened" effect runs once (and again once the
  // session is known, when the page loaded before it).
  return useCallback(
    (event: ProgressReport["event"]) => {
      if (!signedIn) return;
      // A lost report only leaves the path one step behind; the reader is not interrupted for it.
      void reportProgress({ kind: "tutorial", id, event }).then(
        () => queryClient.invalidateQueries({ queryKey: onboardingKeys.mine }),
        () => undefined,
      );
    },
    [signedIn, id, queryClient],
  );
}

function Player({ tutorial, onEnded }: { tutorial: Tutorial; onEnded: () => void }) {
  const { t, i18n } = useTranslation("tutorials");
  const video = useRef<HTMLVideoElement>(null);
  const seek = (seconds: number) => {
    const element = video.current;
    if (!element) return;
    element.currentTime = seconds;
    void element.play().catch(() => undefined);
    element.focus();
  };
  return (
    <>
      <h1 id="tutorial-title" dir="auto">
        {tutorial.title}
      </h1>
      {tutorial.description ? <p dir="auto">{tutorial.description}</p> : null}
      {tutorial.video?.kind === "upload" ? (
        <video
          ref={video}
          className="tutorial-video"
          controls
          aria-labelledby="tutorial-title"
          preload="metadata"
          src={tutorial.video.url}
          poster={tutorial.posterUrl ?? undefined}
          onEnded={onEnded}
        >
          {tutorial.captions.map((track) => (
            <track
              key={track.language}
              kind="captions"
              src={track.url}
              srcLang={track.language}
              label={t(`language.${track.language}`)}
              default={track.language === i18n.language}
            />
          ))}
        </video>
      ) : tutorial.video?.kind === "embed" && tutorial.video.provider !== "link" ? (
        <iframe
          className="tutorial-video"
          src={tutorial.video.url}
          title={tutorial.title}
          allow="fullscreen; picture-in-picture; encrypted-media"
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
        />
      ) : tutorial.video?.kind === "embed" ? (
        <p>
          <a href={tutorial.video.url} target="_blank" rel="noopener noreferrer">
            {t("player.openExternal")}
          </a>
        </p>
      ) : (
        <p className="muted">{t("player.noVideo")}</p>
      )}
      {tutorial.video?.kind === "upload" && tutorial.chapters.length > 0 ? (
        <nav aria-labelledby="chapters-title" className="stack">
          <h2 id="chapters-title">{t("player.chapters")}</h2>
          <ol className="chapters">
            {tutorial.chapters.map((chapter) => (
              <li key={`${chapter.startSeconds}:${chapter.title}`}>
                <button type="button" className="link" onClick={() => seek(chapter.startSeconds)}>
                  <span className="visually-hidden">{t("player.playFrom")} </span>
                  <span className="chapter-time" dir="ltr">
                    {clockTime(chapter.startSeconds)}
                  </span>{" "}
                  <bdi>{chapter.title}</bdi>
                </button>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
    </>
  );
}
