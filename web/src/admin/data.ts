import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { calendarKeys } from "../api/calendars.ts";
import { cannedKeys } from "../api/canned-responses.ts";
import { policyKeys } from "../api/policies.ts";
import { routingKeys } from "../api/routing-rules.ts";
import { tokenKeys } from "../api/tokens.ts";
import { auditKeys } from "../api/audit.ts";
import { channelKeys } from "../api/channels.ts";
import { groupKeys } from "../api/groups.ts";
import { surveyKeys } from "../api/surveys.ts";
import { regularSurveyKeys } from "../api/regular-surveys.ts";
import { peopleKeys } from "../api/people.ts";
import { referenceKeys } from "../api/reference.ts";
import { useAnnounce } from "./feedback.tsx";

// Reference data the admin screens share; every key starts with "admin" so saves can invalidate precisely.

export const keys = {
  calendars: calendarKeys.all,
  calendar: calendarKeys.one,
  policies: policyKeys.all,
  policy: policyKeys.one,
  matrix: referenceKeys.matrix,
  // Shared with the console (web/src/api/): an admin save refreshes what agents see too.
  groups: groupKeys.all,
  groupTarget: groupKeys.target,
  people: peopleKeys.all,
  organizations: referenceKeys.organizations,
  routingRules: routingKeys.all,
  categories: referenceKeys.categories,
  tokens: tokenKeys.all,
  channels: channelKeys.all,
  publicStatus: channelKeys.publicStatus,
  canned: cannedKeys.all,
  surveySettings: surveyKeys.settings,
  regularSurveys: regularSurveyKeys.all,
  audit: auditKeys.all,
};

export { useCalendar, useCalendars } from "../api/calendars.ts";
export { usePolicies, usePolicy } from "../api/policies.ts";
/** A write that, on success, refreshes the given queries and says so in the admin live region. */
export function useSave<TVars, TResult>(
  fn: (vars: TVars) => Promise<TResult>,
  options: {
    invalidate: QueryKey[];
    message?: string | ((result: TResult, vars: TVars) => string);
    onSuccess?: (result: TResult, vars: TVars) => void;
    /** For deletes: run onSuccess (leave the deleted thing's page) first, forget these queries and refresh only the exact keys. */
    leaveFirst?: boolean;
    forget?: QueryKey[];
  },
) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (result, vars) => {
      if (options.leaveFirst) options.onSuccess?.(result, vars);
      for (const queryKey of options.forget ?? []) queryClient.removeQueries({ queryKey });
      await Promise.all(
        options.invalidate.map((queryKey) =>
          queryClient.invalidateQueries({ queryKey, exact: options.leaveFirst === true }),
        ),
      );
      // Every admin write is audited: the log must show it the next time it is looked at.
      void queryClient.invalidateQueries({ queryKey: keys.audit });
      const message = typeof options.message === "function" ? options.message(result, vars) : options.message;
      if (message) announce(message);
      if (!options.leaveFirst) options.onSuccess?.(result, vars);
    },
  });
}

/** By id, for showing names in tables. */
export function byId<T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> {
  return new Map((items ?? []).map((item) => [item.id, item]));
}
