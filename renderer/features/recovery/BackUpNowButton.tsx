import { useState } from 'react';
import { Button } from '../../components/Button';
import { useBackUpNow } from './use-back-up-now';

export function BackUpNowButton() {
  const backUpNow = useBackUpNow();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="ghost"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void backUpNow().finally(() => setBusy(false));
      }}
    >
      {busy ? 'Backing up…' : 'Back up now'}
    </Button>
  );
}
