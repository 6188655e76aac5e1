import { TextField } from "../components/form.js";
import { usePt } from "./i18n/index.js";

/** The email and mobile number fields of the pool's forms; ids are `<idPrefix>-email|phone`. */
export function ContactFields({
  idPrefix,
  email,
  phone,
  onEmail,
  onPhone,
  fieldError,
}: {
  idPrefix: string;
  email: string;
  phone: string;
  onEmail: (value: string) => void;
  onPhone: (value: string) => void;
  fieldError: (id: string) => string | undefined;
}) {
  const { pt } = usePt();
  return (
    <>
      <TextField
        id={`${idPrefix}-email`}
        type="email"
        label={pt("form.email")}
        value={email}
        onChange={onEmail}
        autoComplete="email"
        inputMode="email"
        maxLength={254}
        error={fieldError(`${idPrefix}-email`)}
      />
      <TextField
        id={`${idPrefix}-phone`}
        type="tel"
        label={pt("form.phone")}
        value={phone}
        onChange={onPhone}
        autoComplete="tel"
        inputMode="tel"
        maxLength={30}
        error={fieldError(`${idPrefix}-phone`)}
      />
    </>
  );
}
