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

/**
 * The state and writes of one correctable record: the form's values (reset to the record when
 * editing starts), its save and its removal, as CorrectableItem takes them.
 */
function useCorrection<V>(options: {
  slug: string;
  roundTableId: string;
  prefix: string;
  initial: V;
  change: (values: V) => Promise<unknown>;
  remove: () => Promise<unknown>;
  onRemoved: () => void;
}) {
  const { slug, roundTableId, prefix } = options;
  const [values, setValues] = useState<V>(options.initial);
  const save = useWrite(slug, roundTableId, prefix, () => options.change(values));
  // The item goes away with the list's refresh: its section's heading takes the focus first.
  const remove = useWrite(
    slug,
    roundTableId,
    `${prefix}-remove`,
    options.remove,
    options.onRemoved,
  );
  return {
    values,
    setValues,
    errors: save,
    item: {
      onEdit: () => {
        save.clear();
        setValues(options.initial);
      },
      save: {
        run: (done: () => void) => save.mutation.mutate(undefined, { onSuccess: done }),
        pending: save.mutation.isPending,
        errors: save.errors,
        attempt: save.attempt,
      },
      remove: {
        run: () => remove.mutation.mutate(undefined),
        pending: remove.mutation.isPending,
        failed: remove.mutation.isError,
      },
    },
  };
}

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
  const prefix = `de-${item.id}`;
  const edit = useCorrection<DistributionValues>({
    slug,
    roundTableId,
    prefix,
    initial: item,
    change: (values) =>
      roundTableStaffEndpoints.changeDistribution(slug, roundTableId, item.id, {
        recipient: values.recipient,
        sentOn: values.sentOn,
        channel: values.channel,
        note: values.note,
      }),
    remove: () => roundTableStaffEndpoints.removeDistribution(slug, roundTableId, item.id),
    onRemoved,
  });
  return (
    <CorrectableItem
      name={name}
      manage={manage}
      {...edit.item}
      fields={
        <DistributionFields
          prefix={prefix}
          values={edit.values}
          onChange={edit.setValues}
          errors={edit.errors}
        />
      }
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
  const prefix = `re-${item.id}`;
  const edit = useCorrection<ResponseValues>({
    slug,
    roundTableId,
    prefix,
    initial: item,
    change: (values) =>
      roundTableStaffEndpoints.changeResponse(slug, roundTableId, item.id, {
        body: values.body,
        receivedOn: values.receivedOn,
        text: values.text,
        link: values.link,
      }),
    remove: () => roundTableStaffEndpoints.removeResponse(slug, roundTableId, item.id),
    onRemoved,
  });
  return (
    <CorrectableItem
      name={name}
      manage={manage}
      {...edit.item}
      fields={
        <ResponseFields
          prefix={prefix}
          values={edit.values}
          onChange={edit.setValues}
          errors={edit.errors}
        />
      }
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
