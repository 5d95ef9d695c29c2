import type { ApiAnswer } from "./client.ts";

/** One page of the ticket list (GET /api/v1/tickets), as the console's queue and the portal's requests read it. */
export type TicketPage = ApiAnswer<"/api/v1/tickets", "get">;
