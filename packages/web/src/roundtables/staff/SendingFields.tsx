import { SelectField, TextField } from "../../components/form.js";
import type { DistributionInput, ResponseInput } from "../api.js";
import { useRt } from "../i18n/index.js";
import { DateField } from "./DateField.js";
import { TextArea } from "./TextArea.js";

const CHANNELS = ["email", "letter", "meeting", "registry", "other"] as const;

type Errors = { fieldError: (id: string) => string | undefined };
export type DistributionValues = Required<DistributionInput>;
export type ResponseValues = Required<ResponseInput>;

/** The fields of a distribution record; ids are `${prefix}-recipient` and so on. */
export function DistributionFields(props: {
  prefix: string;
  values: DistributionValues;
  onChange: (values: DistributionValues) => void;
  errors: Errors;
}) {
  const { rt } = useRt();
  const { prefix, values, errors } = props;
  const set = (patch: Partial<DistributionValues>) => props.onChange({ ...values, ...patch });
  return (
    <>
      <TextField
        id={`${prefix}-recipient`}
        label={rt("staff.recipient")}
        value={values.recipient}
        onChange={(recipient) => set({ recipient })}
        error={errors.fieldError(`${prefix}-recipient`)}
        maxLength={300}
        required
      />
      <DateField
        id={`${prefix}-sentOn`}
        label={rt("staff.sentOn")}
        value={values.sentOn}
        onChange={(sentOn) => set({ sentOn })}
        error={errors.fieldError(`${prefix}-sentOn`)}
      />
      <SelectField
        id={`${prefix}-channel`}
        label={rt("staff.channel")}
        value={values.channel}
        onChange={(v) => set({ channel: v as DistributionValues["channel"] })}
        options={CHANNELS.map((c) => ({ value: c, label: rt(`channels.${c}`) }))}
      />
      <TextArea
        id={`${prefix}-note`}
        label={rt("staff.note")}
        value={values.note}
        onChange={(note) => set({ note })}
        error={errors.fieldError(`${prefix}-note`)}
        maxLength={2000}
      />
    </>
  );
}

/** The fields of a response received; ids are `${prefix}-body` and so on. */
export function ResponseFields(props: {
  prefix: string;
  values: ResponseValues;
  onChange: (values: ResponseValues) => void;
  errors: Errors;
}) {
  const { rt } = useRt();
  const { prefix, values, errors } = props;
  const set = (patch: Partial<ResponseValues>) => props.onChange({ ...values, ...patch });
  return (
    <>
      <TextField
        id={`${prefix}-body`}
        label={rt("staff.body")}
        value={values.body}
        onChange={(body) => set({ body })}
        error={errors.fieldError(`${prefix}-body`)}
        maxLength={300}
        required
      />
      <DateField
        id={`${prefix}-receivedOn`}
        label={rt("staff.receivedOn")}
        value={values.receivedOn}
        onChange={(receivedOn) => set({ receivedOn })}
        error={errors.fieldError(`${prefix}-receivedOn`)}
      />
      <TextArea
        id={`${prefix}-text`}
        label={rt("staff.responseText")}
        value={values.text}
        onChange={(text) => set({ text })}
        error={errors.fieldError(`${prefix}-text`)}
        maxLength={20000}
      />
      <TextField
        id={`${prefix}-link`}
        type="url"
        label={rt("staff.link")}
        value={values.link}
        onChange={(link) => set({ link })}
        error={errors.fieldError(`${prefix}-link`)}
        maxLength={2000}
      />
    </>
  );
}
