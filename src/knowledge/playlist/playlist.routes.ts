import { z } from "zod";
import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { storableText } from "../../shared/storable-text.ts";
import { LEARNING_ITEMS_MAX, LearningItem, type ShownItem } from "../tutorial/learning-items.ts";
import { canEditLearning } from "../tutorial/tutorial.policy.ts";
import { deletePlaylist } from "./delete-playlist.ts";
import type { PlaylistRow } from "./playlist.store.ts";
import { getPlaylist, listPlaylists } from "./read-playlists.ts";
import { createPlaylist, updatePlaylist } from "./save-playlist.ts";

export const ShownItemDto = z
  .object({
    kind: z.enum(["tutorial", "article"]),
    id: z.uuid(),
    title: z.string().nullable().describe("A tutorial's title; null for an article (its page shows its title)"),
  })
  .meta({ id: "LearningItem" });

const PlaylistSummaryDto = z
  .object({ id: z.uuid(), title: z.string(), description: z.string(), updatedAt: z.string() })
  .meta({ id: "PlaylistSummary" });

const PlaylistDto = PlaylistSummaryDto.extend({
  items: z.array(ShownItemDto).describe("In order; tutorials you may not watch are left out"),
  abilities: z.object({ edit: z.boolean() }),
}).meta({ id: "Playlist" });

const PlaylistBody = z.strictObject({
  title: storableText().trim().min(1).max(200),
  description: storableText().trim().max(2000).default(""),
  items: z.array(LearningItem).max(LEARNING_ITEMS_MAX).describe("Tutorials and articles, in playing order"),
});

const PlaylistRef = z.strictObject({ id: z.uuid() });

const summary = (p: PlaylistRow) => ({
  id: p.id,
  title: p.title,
  description: p.description,
  updatedAt: p.updatedAt.toISOString(),
});

const present = (p: PlaylistRow, items: ShownItem[], edit: boolean) => ({ ...summary(p), items, abilities: { edit } });

/** Playlists of tutorials and articles: read by everyone (items filtered per reader), kept by staff. */
export async function playlistRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["knowledge"];
  const openRead = { public: true, signInOptional: true } as const;
  const anyone: Array<Record<string, string[]>> = [{}, { session: [] }, { bearer: [] }];
  const canEdit = (request: { actor: Parameters<typeof canEditLearning>[0] | null }) =>
    request.actor !== null && canEditLearning(request.actor);

  app.get(
    "/api/v1/playlists",
    {
      config: openRead,
      schema: {
        tags,
        summary: "Playlists, newest change first",
        security: anyone,
        querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(100) }),
        response: { 200: z.object({ items: z.array(PlaylistSummaryDto) }) },
      },
    },
    async (request) => ({ items: (await listPlaylists(deps, request.query.limit)).map(summary) }),
  );

  app.get(
    "/api/v1/playlists/:id",
    {
      config: openRead,
      schema: {
        tags,
        summary: "A playlist and what you may open of it",
        security: anyone,
        params: PlaylistRef,
        response: { 200: PlaylistDto },
      },
    },
    async (request) => {
      const { playlist, items } = await getPlaylist(deps, request.actor, request.params.id);
      return present(playlist, items, canEdit(request));
    },
  );

  app.post(
    "/api/v1/playlists",
    { schema: { tags, summary: "Create a playlist (staff)", body: PlaylistBody, response: { 201: PlaylistDto } } },
    async (request, reply) => {
      const actor = actorOf(request);
      const created = await createPlaylist(deps, actor, request.body);
      const { items } = await getPlaylist(deps, actor, created.id);
      return reply.status(201).send(present(created, items, true));
    },
  );

  app.put(
    "/api/v1/playlists/:id",
    {
      schema: {
        tags,
        summary: "Rewrite a playlist and its items (staff)",
        params: PlaylistRef,
        body: PlaylistBody,
        response: { 200: PlaylistDto },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const updated = await updatePlaylist(deps, actor, request.params.id, request.body);
      const { items } = await getPlaylist(deps, actor, updated.id);
      return present(updated, items, true);
    },
  );

  app.delete(
    "/api/v1/playlists/:id",
    { schema: { tags, summary: "Delete a playlist (staff)", params: PlaylistRef, response: { 204: z.null() } } },
    async (request, reply) => {
      await deletePlaylist(deps, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
