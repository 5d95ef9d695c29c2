import { useMemo } from "react";
import { keepPreviousData, useQueries, useQuery } from "@tanstack/react-query";
import { client, type ApiBody } from "./client.ts";
import type { Person } from "./types.ts";

type ListQuery = NonNullable<Parameters<typeof client.get<"/api/v1/people">>[1]>["query"];

const HOUR = 3_600_000;
const STAFF_ROLES = ["agent", "manager", "admin"] as const;

/** One cache for people, read by the console and admin alike: an admin save refreshes both. */
export const peopleKeys = {
  all: ["people"] as const,
  staff: ["people", "staff"] as const,
  one: (id: string) => ["people", "one", id] as const,
  search: (query: ListQuery) => ["people", "search", query] as const,
};

/** Every page of one listing, following the cursor: staff lists are never cut at a page size. */
async function everyPage(query: ListQuery): Promise<Person[]> {
  const all: Person[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.get("/api/v1/people", { query: { ...query, limit: 200, ...(cursor ? { cursor } : {}) } });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

const staffQuery = {
  queryKey: peopleKeys.staff,
  staleTime: HOUR,
  queryFn: async () => {
    const pages = await Promise.all(STAFF_ROLES.map((role) => everyPage({ role })));
    return pages.flat().sort((a, b) => a.name.localeCompare(b.name));
  },
};

/** Everyone who can work tickets (agents, managers, admins; deactivated ones too, for their names), by name. */
export function useStaff() {
  return useQuery(staffQuery);
}

/** The staff who can take work now (assignee pickers): the same cache as useStaff. */
export function useActiveStaff() {
  return useQuery({ ...staffQuery, select: (all: Person[]) => all.filter((p) => p.active) });
}

/** One person by id (requesters, authors): fetched when first shown, then kept. */
export function usePerson(id: string | null | undefined) {
  return useQuery({
    queryKey: peopleKeys.one(id ?? ""),
    queryFn: () => client.get("/api/v1/people/{id}", { path: { id: id! } }),
    enabled: Boolean(id),
    staleTime: HOUR,
    retry: false,
  });
}

/** Names of several people (requesters on screen, audit actors, version authors): one cached query per id. */
export function usePeopleNames(ids: readonly (string | null | undefined)[]): Map<string, string> {
  const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))].sort();
  const results = useQueries({
    queries: unique.map((id) => ({
      queryKey: peopleKeys.one(id),
      queryFn: () => client.get("/api/v1/people/{id}", { path: { id } }),
      staleTime: HOUR,
      retry: false,
    })),
  });
  const key = results.map((r) => r.data?.name ?? "").join("\n") + unique.join(",");
  return useMemo(() => {
    const names = new Map<string, string>();
    unique.forEach((id, i) => results[i]?.data && names.set(id, results[i]!.data!.name));
    return names;
  }, [key]);
}

/**
 * People matching what was typed (name or email, searched by the server), for pickers: a directory of thousands is
 * never loaded whole, and nobody is out of reach past a first page.
 */
export function usePeopleSearch(query: ListQuery, options: { enabled?: boolean } = {}) {
  const q = { ...query, limit: 20 };
  return useQuery({
    queryKey: peopleKeys.search(q),
    queryFn: () => client.get("/api/v1/people", { query: q }).then((r) => r.items),
    enabled: options.enabled ?? true,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/**
 * One page of the directory (admin list): the filters as the URL holds them (text; an empty one is left out of the
 * request) and the page's cursor.
 */
export function usePeoplePage(
  filters: Partial<Record<keyof NonNullable<ListQuery>, string>>,
  cursor: string | undefined,
  limit: number,
) {
  const query = { ...filters, limit, ...(cursor ? { cursor } : {}) } as ListQuery;
  return useQuery({
    queryKey: [...peopleKeys.all, "list", filters, cursor],
    queryFn: () => client.get("/api/v1/people", { query }),
    placeholderData: keepPreviousData,
  });
}

export function createPerson(body: ApiBody<"/api/v1/people", "post">) {
  return client.post("/api/v1/people", { body });
}

export function updatePerson(id: string, body: ApiBody<"/api/v1/people/{id}", "patch">) {
  return client.patch("/api/v1/people/{id}", { path: { id }, body });
}

/** Where notices to a person go (email, WhatsApp or only the portal): the person themself, or staff for them. */
export function setPreferredChannel(id: string, preferredChannel: Person["preferredChannel"]) {
  return client.put("/api/v1/people/{id}/preferred-channel", { path: { id }, body: { preferredChannel } });
}
