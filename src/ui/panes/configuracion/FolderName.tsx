// A PDF folder setting shown by its Drive name and path, the id on hover; the raw value until Drive answers.
import type {FolderDescription} from '../../../common/settings';

/** A Drive folder setting (URL or id) as a link that opens the folder. */
function folderUrl(value: string): string {
  return /^https:\/\//.test(value)
    ? value
    : `https://drive.google.com/drive/folders/${encodeURIComponent(value)}`;
}

/** The folder's link (its name), its path below and what is wrong with it, if anything. */
export function FolderName({
  value,
  about,
}: {
  value: string;
  about: FolderDescription | undefined;
}) {
  const id = about?.id ?? value;
  return (
    <div class="folder break">
      <a
        href={folderUrl(value)}
        target="_blank"
        rel="noopener noreferrer"
        title={`Id de Drive: ${id}`}
      >
        {about?.name ?? value}
      </a>
      {about?.path && <div class="muted small">{about.path}</div>}
      {about?.problem && <div class="small warn">{about.problem}</div>}
    </div>
  );
}
