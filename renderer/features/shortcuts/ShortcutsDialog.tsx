import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { keyboardShortcuts } from './keyboard-shortcuts';
import './shortcuts.css';
import { Table } from '../../components/Table';

const isMac = /Mac/.test(navigator.platform);

/** Help → Keyboard Shortcuts: every shortcut, with the keys as this platform's keyboard labels them. */
export function ShortcutsDialog(props: { open: boolean; onClose: () => void }) {
  return (
    <Dialog
      open={props.open}
      title="Keyboard shortcuts"
      onClose={props.onClose}
      onSubmit={props.onClose}
      footer={
        <Button type="submit" variant="primary" data-autofocus>
          Close
        </Button>
      }
    >
      {/* The list scrolls on its own, so keyboard users can focus it and scroll with the arrows. */}
      <div className="shortcuts-scroll" tabIndex={0} role="region" aria-label="All shortcuts">
        <Table label="Keyboard shortcuts" className="shortcuts-table">
          <thead>
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">Does</th>
            </tr>
          </thead>
          <tbody>
            {keyboardShortcuts(isMac).map((shortcut) => (
              <tr key={shortcut.does}>
                <td>
                  {shortcut.keys.map((key, index) => (
                    <span key={key}>
                      {index > 0 && ' '}
                      <kbd>{key}</kbd>
                    </span>
                  ))}
                </td>
                <td>{shortcut.does}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
    </Dialog>
  );
}
