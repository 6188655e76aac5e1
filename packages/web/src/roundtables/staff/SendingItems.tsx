import { useState } from "react";
import { formatDate } from "../../lib/format.js";
import { type Distribution, type ReceivedResponse, roundTableStaffEndpoints } from "../api.js";
import { useRt } from "../i18n/index.js";
import { CorrectableItem } from "./CorrectableItem.js";
import {
  DistributionFields,
  type DistributionValues,
  ResponseFields,
  type ResponseValues,
} from "./SendingFields.js";
import { useWrite } from "./useWrite.js";

type ItemProps<T> = {
  slug: string;
  roundTableId: string;
  item: T;
  manage: boolean;
  /** Said to assistive technology on the item's buttons and in the confirmation. */
  name: string;
  onRemoved: () => void;
};

/** One record of where the statement was sent, correctable and removable by managers. */
export function DistributionItem({
  slug,
  roundTableId,
  item,
  manage,
  name,
  onRemoved,
}: ItemProps<Distribution>) {
  const { rt, language } = useRt();
  const [values, setValues] = useState<DistributionValues>(item);
  const prefix = `de-${item.id}`;
  const save = useWrite(slug, roundTableId, prefix, () =>
    roundTableStaffEndpoints.changeDistribution(slug, roundTableId, item.id, {
      recipient: values.recipient,
      sentOn: values.sentOn,
      channel: values.channel,
      note: values.note,
    }),
  );
  // The item goes away with the list's refresh: its section's heading takes the focus first.
  const remove = useWrite(
    slug,
    roundTableId,
    `${prefix}-remove`,
    () => roundTableStaffEndpoints.removeDistribution(slug, roundTableId, item.id),
    onRemoved,
  );
  return (
    <CorrectableItem
      name={name}
      manage={manage}
      onEdit={() => {
        save.clear();
        setValues(item);
      }}
      fields={
        <DistributionFields prefix={prefix} values={values} onChange={setValues} errors={save} />
      }
      save={{
        run: (done) => save.mutation.mutate(undefined, { onSuccess: done }),
        pending: save.mutation.isPending,
        errors: save.errors,
        attempt: save.attempt,
      }}
      remove={{
        run: () => remove.mutation.mutate(undefined),
        pending: remove.mutation.isPending,
        failed: remove.mutation.isError,
      }}
    >
      {item.recipient} – {formatDate(item.sentOn, language)} ({rt(`channels.${item.channel}`)})
      {item.note ? <p className="roundtable-text">{item.note}</p> : null}
    </CorrectableItem>
  );
}

/** One response received, correctable and removable by managers. */
export function ResponseItem({
  slug,
  roundTableId,
  item,
  manage,
  name,
  onRemoved,
}: ItemProps<ReceivedResponse>) {
  const { language } = useRt();
  const [values, setValues] = useState<ResponseValues>(item);
  const prefix = `re-${item.id}`;
  const save = useWrite(slug, roundTableId, prefix, () =>
    roundTableStaffEndpoints.changeResponse(slug, roundTableId, item.id, {
      body: values.body,
      receivedOn: values.receivedOn,
      text: values.text,
      link: values.link,
    }),
  );
  // The item goes away with the list's refresh: its section's heading takes the focus first.
  const remove = useWrite(
    slug,
    roundTableId,
    `${prefix}-remove`,
    () => roundTableStaffEndpoints.removeResponse(slug, roundTableId, item.id),
    onRemoved,
  );
  return (
    <CorrectableItem
      name={name}
      manage={manage}
      onEdit={() => {
        save.clear();
        setValues(item);
      }}
      fields={<ResponseFields prefix={prefix} values={values} onChange={setValues} errors={save} />}
      save={{
        run: (done) => save.mutation.mutate(undefined, { onSuccess: done }),
        pending: save.mutation.isPending,
        errors: save.errors,
        attempt: save.attempt,
      }}
      remove={{
        run: () => remove.mutation.mutate(undefined),
        pending: remove.mutation.isPending,
        failed: remove.mutation.isError,
      }}
    >
      <h3>
        {item.body}, {formatDate(item.receivedOn, language)}
      </h3>
      <p className="roundtable-text">{item.text}</p>
      {item.link ? (
        <p>
          <a href={item.link}>{item.link}</a>
        </p>
      ) : null}
    </CorrectableItem>
  );
}
