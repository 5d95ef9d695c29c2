import { z } from "zod";
import type { Deps } from "../context.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { TOKEN_SCOPES } from "../shared/enums.ts";
import { issueApiToken } from "./issue-api-token.ts";
import { listApiTokens } from "./list-api-tokens.ts";
import { revokeApiToken } from "./revoke-api-token.ts";
import { actorOf } from "./session.routes.ts";
import { storableText } from "../shared/storable-text.ts";

export const ApiTokenDto = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    name: z.string(),
    prefix: z.string().describe("The first characters of the secret, to recognise it"),
    scopes: z.array(z.enum(TOKEN_SCOPES)),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: "ApiToken" });

type TokenRow = {
  id: string;
  personId: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
};

function present(row: TokenRow): z.infer<typeof ApiTokenDto> {
  const { id, personId, name, prefix } = row;
  const scopes = row.scopes.filter((s): s is (typeof TOKEN_SCOPES)[number] =>
    (TOKEN_SCOPES as readonly string[]).includes(s),
  );
  return {
    id,
    personId,
    name,
    prefix,
    scopes,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

const CreateBody = z.strictObject({
  name: storableText().trim().min(1).max(100),
  scopes: z.array(z.enum(TOKEN_SCOPES)).min(1).max(TOKEN_SCOPES.length),
  personId: z.uuid().optional().describe("Admins only: issue the token for someone else"),
  expiresInDays: z.number().int().min(1).max(3650).optional().describe("Without it the token lives until revoked"),
});

/** API tokens: list yours, issue one (the secret is shown once), revoke one. */
export async function tokenRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["tokens"];
  app.get(
    "/api/v1/tokens",
    {
      schema: {
        tags,
        summary: "Your API tokens (an admin may name another person)",
        querystring: z.strictObject({ personId: z.uuid().optional() }),
        response: { 200: z.object({ items: z.array(ApiTokenDto) }) },
      },
    },
    async (request) => ({ items: (await listApiTokens(deps, actorOf(request), request.query.personId)).map(present) }),
  );

  app.post(
    "/api/v1/tokens",
    {
      schema: {
        tags,
        summary: "Issue an API token; the secret is in this answer only",
        body: CreateBody,
        response: {
          201: ApiTokenDto.extend({ token: z.string().describe("Send as Authorization: Bearer …; not shown again") }),
        },
      },
    },
    async (request, reply) => {
      const { token, row } = await issueApiToken(deps, actorOf(request), request.body);
      return reply.status(201).send({ ...present(row), token });
    },
  );

  app.delete(
    "/api/v1/tokens/:id",
    {
      schema: { tags, summary: "Revoke an API token", params: z.object({ id: z.uuid() }), response: { 204: z.null() } },
    },
    async (request, reply) => {
      await revokeApiToken(deps, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
