import type { ExportProgress, ExportResult, ExportScope } from '../../../shared/ipc/deliverables-contract';
import type { Finding } from '../../../shared/domain/finding';
import type { Note } from '../../../shared/domain/note';
import { AppError } from '../../../shared/ipc/result';
import { buildPresenterData, type PresenterData } from '../../../shared/board/presenter-data';
import { boardPicture } from '../../../shared/report/board-picture';
import { buildDailyReadout, dailyReadoutHtml, dailyReadoutMarkdown } from '../../../shared/report/daily-readout';
import { buildReadoutDeck, deckFileName, deckScope } from '../../../shared/report/deck-model';
import { findingsCsv } from '../../../shared/report/findings-export';
import type { HtmlPicture } from '../../../shared/report/html-picture';
import { notesCsv, notesMarkdown } from '../../../shared/report/notes-export';
import { createRedactor } from '../../../shared/report/redaction';
import { buildReleaseCheck } from '../../../shared/report/release-check';
import type { ReleaseCheck } from '../../../shared/report/release-check-schema';
import { releaseItems } from '../../../shared/report/release-items';
import { printReport } from '../../../shared/report/report-pdf';
import type { ReportData, ReportOptions } from '../../../shared/report/report-inputs';
import type { Benchmark } from '../../../shared/firm/firm-schemas';
import { buildReport } from '../../../shared/report/report-model';
import type { Report } from '../../../shared/report/report-schema';
import type { ActionItemsRepository } from '../db/repositories/action-items-repository';
import type { ReleasesRepository } from '../db/repositories/releases-repository';
import type { ReportNotesRepository } from '../db/repositories/report-notes-repository';
import type { VisibilityHistoryRepository } from '../db/repositories/visibility-history-repository';
import { writePack } from '../exports/pack-writer';
import { readoutDeck } from '../exports/readout-deck';
import { reportDocx } from '../exports/report-docx';
import type { AgendaService } from './agenda-service';
import type { AssessmentService } from './assessment-service';
import type { CostScenariosService } from './cost-scenarios-service';
import type { FindingsService } from './findings-service';
import type { PathToShipService } from './path-to-ship-service';
import type { ParticipantsService } from './participants-service';
import type { ServiceContext } from './service-context';
import { requireEngagement } from './require-engagement';
import type { EngagementsRepository } from '../db/repositories/engagements-repository';

/** What only the host can do: ask the user for a folder, turn HTML into PDF and PNG, tell the window how far it got. */
export interface DeliverablesHost {
  /** An absolute folder path, or null when the user cancelled. */
  chooseFolder(): Promise<string | null>;
  renderPdf(html: string): Promise<Uint8Array>;
  /** A PNG of self-contained HTML photographed at exactly this size in CSS pixels. */
  renderPng(html: string, size: { width: number; height: number }): Promise<Uint8Array>;
  onProgress(progress: ExportProgress): void;
}

export interface DeliverablesService {
  preview(engagementId: string, options: ReportOptions): Report;
  /** The projector's day readouts and closing, from the same client-visible models as the files. */
  presenter(engagementId: string): PresenterData;
  /** What an export with these options would give the client, for the facilitator to confirm. */
  releaseCheck(engagementId: string, options: ReportOptions, scope: ExportScope): ReleaseCheck;
  /** Writes the files only if the release check still has the digest the facilitator confirmed, and records the release. */
  export(engagementId: string, options: ReportOptions, scope: ExportScope, confirmedDigest: string): Promise<ExportResult>;
}

export interface DeliverablesSources {
  engagements: EngagementsRepository;
  notes: ReportNotesRepository;
  /** Read only for client-visible notes' actions and decisions. */
  followUps: Pick<ActionItemsRepository, 'clientFollowUps'>;
  participants: ParticipantsService;
  agenda: AgendaService;
  assessment: AssessmentService;
  cost: CostScenariosService;
  findings: FindingsService;
  pathToShip: PathToShipService;
  history: VisibilityHistoryRepository;
  releases: ReleasesRepository;
  /** Any note or finding by id, deleted or not, to say what became of one a client no longer reads. */
  lookup: { note(id: string): Note | undefined; finding(id: string): Finding | undefined };
  /** The last comparison with the firm's past audits cached on this laptop, for a report that asks for it. */
  benchmark?(engagementId: string): Benchmark | null;
}

/** What the export's folder name says besides the client and the date. */
function scopeLabel(scope: ExportScope): string {
  if (scope.kind === 'day') return `day ${scope.day} `;
  if (scope.kind === 'deck') return scope.day === null ? 'deck ' : `day ${scope.day} deck `;
  return scope.kind === 'board' ? 'board ' : '';
}

export function createDeliverablesService(ctx: ServiceContext, sources: DeliverablesSources, host: DeliverablesHost | null): DeliverablesService {
  // One read transaction, so the report and the board are one consistent snapshot even while notes are captured.
  const gather = ctx.db.transaction(
    (engagementId: string): ReportData => ({
      engagement: requireEngagement(sources.engagements, engagementId),
      participants: sources.participants.list(engagementId),
      sessions: sources.agenda.listSessions(engagementId),
      notes: sources.notes.clientVisible(engagementId),
      followUps: sources.followUps.clientFollowUps(engagementId),
      assessment: sources.assessment.get(engagementId),
      scenarios: sources.cost.list(engagementId),
      findings: sources.findings.list(engagementId),
      pathToShip: sources.pathToShip.get(engagementId),
      generatedAt: ctx.now().toISOString(),
      benchmark: sources.benchmark?.(engagementId) ?? null,
    }),
  );

  function daysWithContent(data: ReportData): number[] {
    const days: number[] = [];
    for (let day = 1; day <= data.engagement.dayCount; day++) {
      if (data.sessions.some((s) => s.day === day) || data.notes.some((n) => n.day === day)) days.push(day);
    }
    return days;
  }

  type Render = Pick<DeliverablesHost, 'renderPdf' | 'renderPng'>;
  /** A file the export will write; its content is rendered only when it is written. */
  interface PlannedFile {
    name: string;
    render: (host: Render) => Promise<Uint8Array | string>;
  }
  function plan(data: ReportData, options: ReportOptions, scope: ExportScope): PlannedFile[] {
    const png = (host: Render, picture: HtmlPicture) => host.renderPng(picture.html, { width: picture.width, height: picture.height });
    const boardPng: PlannedFile = {
      name: 'Findings board.png',
      render: (host) => png(host, boardPicture({ engagement: data.engagement, findings: data.findings, participants: data.participants, redactNames: options.redactNames, generatedAt: data.generatedAt })),
    };
    const readout = (day: number): PlannedFile[] => {
      const r = buildDailyReadout(data, day, options);
      return [
        { name: `Day ${day} readout.pdf`, render: (host) => host.renderPdf(dailyReadoutHtml(r)) },
        { name: `Day ${day} readout.md`, render: () => Promise.resolve(dailyReadoutMarkdown(r)) },
      ];
    };
    const deck = (day: number | null): PlannedFile => {
      const shown = deckScope(day);
      return { name: deckFileName(shown), render: () => readoutDeck(buildReadoutDeck(data, options, shown)) };
    };
    if (scope.kind === 'day') return readout(scope.day);
    if (scope.kind === 'board') return [boardPng];
    if (scope.kind === 'deck') return [deck(scope.day)];
    const report = buildReport(data, options);
    const redact = createRedactor(data.participants, options.redactNames);
    const title = `Notes — ${data.engagement.clientName}, ${data.engagement.pilotName}`;
    return [
      { name: 'Audit report.pdf', render: (host) => printReport(report, (html) => host.renderPdf(html)) },
      { name: 'Audit report.docx', render: (host) => reportDocx(report, (picture) => png(host, picture)) },
      deck(null),
      { name: 'Findings.csv', render: () => Promise.resolve(findingsCsv(data, redact)) },
      boardPng,
      { name: 'Notes.csv', render: () => Promise.resolve(notesCsv(data.notes, data.engagement.weekStart, redact)) },
      { name: 'Notes.md', render: () => Promise.resolve(notesMarkdown(title, data.notes, data.engagement.weekStart, redact)) },
      ...daysWithContent(data).flatMap(readout),
    ];
  }

  // The check and the files come from one snapshot, so what is confirmed is what is written.
  const prepare = ctx.db.transaction((engagementId: string, options: ReportOptions, scope: ExportScope) => {
    const data = gather(engagementId);
    const files = plan(data, options, scope);
    const check = buildReleaseCheck({
      data,
      options,
      scope,
      files: files.map((f) => f.name),
      history: sources.history.list(engagementId),
      previous: sources.releases.latest(engagementId) ?? null,
      thisDevice: ctx.deviceId,
      lookup: sources.lookup,
    });
    return { data, files, check };
  });

  return {
    preview: (engagementId, options) => buildReport(gather(engagementId), options),
    presenter: (engagementId) => buildPresenterData(gather(engagementId)),
    releaseCheck: (engagementId, options, scope) => prepare(engagementId, options, scope).check,
    async export(engagementId, options, scope, confirmedDigest) {
      if (!host) throw new AppError('internal', 'Exporting files is not available in this window.');
      const { data, files, check } = prepare(engagementId, options, scope);
      if (check.digest !== confirmedDigest) {
        throw new AppError(
          'conflict',
          'What the client would receive has changed since you reviewed it, so nothing was written. Review the list again and confirm it.',
        );
      }
      const folder = await host.chooseFolder();
      if (folder === null) return { status: 'cancelled' };
      const date = ctx.now().toISOString().slice(0, 10);
      const name = `${data.engagement.clientName} ${scopeLabel(scope)}${date}`;
      const pack = files.map((f) => ({ name: f.name, build: () => f.render(host) }));
      const result = await writePack(folder, name, pack, host.onProgress, (written) =>
        sources.releases.insert({
          id: ctx.newId(),
          engagementId,
          scope,
          options,
          check,
          items: releaseItems(data.notes, data.findings, data.followUps),
          folderName: written.folderName,
          files: written.files,
          // When the snapshot was taken: a change made while the files were written belongs to the next release.
          confirmedAt: data.generatedAt,
          deviceId: ctx.deviceId,
        }),
      );
      return { status: 'written', ...result };
    },
  };
}
