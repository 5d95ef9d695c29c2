import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { usePlaylist } from "../api/tutorials.ts";
import { Problem } from "../ui/Problem.tsx";
import { itemPath } from "./itemLink.ts";
import "./tutorials.css";

/** /kb/playlists/:id: a playlist's tutorials and articles in order (those the reader may not open are left out). */
export default function PlaylistPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation(["tutorials", "common"]);
  const playlist = usePlaylist(id);
  if (playlist.isPending) return <p role="status">{t("common:loading")}</p>;
  if (!playlist.data)
    return (
      <section className="page medium stack" aria-labelledby="playlist-title">
        <h1 id="playlist-title">{t("playlist.notFound")}</h1>
        <Problem error={playlist.error} />
      </section>
    );
  const { title, description, items } = playlist.data;
  return (
    <section className="page medium stack tutorials" aria-labelledby="playlist-title">
      <h1 id="playlist-title" dir="auto">
        {title}
      </h1>
      {description ? <p dir="auto">{description}</p> : null}
      <h2>{t("playlist.items")}</h2>
      {items.length === 0 ? (
        <p>{t("playlist.empty")}</p>
      ) : (
        <ol className="learning-items">
          {items.map((item) => (
            <li key={`${item.kind}:${item.id}`}>
              <span className="badge">{t(`playlist.${item.kind}`)}</span>{" "}
              <Link to={itemPath(item)}>
                <bdi>{item.title ?? t("playlist.untitledArticle")}</bdi>
              </Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
