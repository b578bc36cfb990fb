/**
 * What a verb section of the index shows, counted from its data: its rows and the characters of its text. A
 * section off screen is not laid out until the reader nears it (content-visibility), and keeps a height
 * computed from these meanwhile (styles.module.css, fitted to the laid-out sections at 360-1280 px).
 */
import type { CommandLocation, IndexedCommand, VerbSection } from '../../lib/notesCommandIndex';

const usesLength = (uses: CommandLocation[]): number =>
  uses.reduce((sum, use) => sum + use.pageLabel.length + use.section.length + 6 + (use.history ? 10 : 0), 0);

function commandLength(command: IndexedCommand): number {
  const statuses = command.statuses.reduce(
    (sum, status) => sum + status.label.length + status.note.length + status.replacements.join(' · ').length + 12,
    0,
  );
  const also = command.also.reduce((sum, variant) => sum + variant.command.length + usesLength(variant.uses), 0);
  return command.command.length + 5 + usesLength(command.uses) + statuses + also;
}

export function sectionSize(section: VerbSection): { rows: number; chars: number } {
  const commands = section.groups.flatMap((group) => group.commands);
  const chars =
    section.verb.length +
    section.description.length +
    section.groups.reduce((sum, group) => sum + group.title.length, 0) +
    commands.reduce((sum, command) => sum + commandLength(command), 0);
  return { rows: commands.length, chars };
}
