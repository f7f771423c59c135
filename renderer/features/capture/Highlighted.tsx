import { Fragment } from 'react';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../../shared/domain/note';

/** Search-highlighted text, built from marker characters into <mark>s; never parsed as HTML. */
export function Highlighted({ text }: { text: string }) {
  const parts = text.split(HIGHLIGHT_START);
  return (
    <>
      {parts.map((part, index) => {
        if (index === 0) return <Fragment key={index}>{part}</Fragment>;
        const [hit = '', rest = ''] = part.split(HIGHLIGHT_END);
        return (
          <Fragment key={index}>
            <mark>{hit}</mark>
            {rest}
          </Fragment>
        );
      })}
    </>
  );
}
