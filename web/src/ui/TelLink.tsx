import { compactPhone } from "../../../src/shared/phone.ts";

/** A telephone number as a `tel:` link (separators dropped from the link, kept as typed in the text). */
export function TelLink({ number }: { number: string }) {
  const dial = compactPhone(number);
  if (!dial) return <bdi>{number}</bdi>;
  return (
    <a href={`tel:${dial}`}>
      <bdi>{number}</bdi>
    </a>
  );
}
