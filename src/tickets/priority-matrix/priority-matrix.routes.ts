import { z } from "zod";
import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { PRIORITIES } from "../../shared/enums.ts";
import { getPriorityMatrix } from "./get-priority-matrix.ts";
import { setPriorityMatrix } from "./set-priority-matrix.ts";

const Priority = z.enum(PRIORITIES);
const Row = z.strictObject({ high: Priority, medium: Priority, low: Priority }).describe("Urgency → priority");

export const PriorityMatrixDto = z
  .strictObject({ organization: Row, department: Row, person: Row })
  .describe("Impact → urgency → priority")
  .meta({ id: "PriorityMatrix" });

/** The impact × urgency → priority matrix (everyone reads it, admins replace it). */
export async function priorityMatrixRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["settings"];
  app.get(
    "/api/v1/settings/priority-matrix",
    {
      schema: {
        tags,
        summary: "The impact × urgency → priority matrix new tickets use",
        response: { 200: PriorityMatrixDto },
      },
    },
    async (request) => getPriorityMatrix(deps, actorOf(request)),
  );

  app.put(
    "/api/v1/settings/priority-matrix",
    {
      schema: {
        tags,
        summary: "Replace the whole matrix (admin)",
        body: PriorityMatrixDto,
        response: { 200: PriorityMatrixDto },
      },
    },
    async (request) => setPriorityMatrix(deps, actorOf(request), request.body),
  );
}
