import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../../../../shared/domain/finding';
import { boardPicture } from '../../../../shared/report/board-picture';
import { SEVERITY_PALETTE, contrastRatio, severityCustomProperties, severitySwatch } from '../../../../shared/report/palette';
import { reportHtml } from '../../../../shared/report/report-html';
import { DEFAULT_REPORT_OPTIONS } from '../../../../shared/report/report-inputs';
import { buildReport } from '../../../../shared/report/report-model';
import { FINDINGS, PARTICIPANTS, reportData } from './report-fixture';

describe('the severity palette', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('writes every severity word in a colour that passes AA (4.5:1) on its fill, in print and in both themes', () => {
    for (const severity of SEVERITIES) {
      for (const swatch of [SEVERITY_PALETTE[severity].light, SEVERITY_PALETTE[severity].dark]) {
        expect(contrastRatio(swatch.text, swatch.fill), `${severity} ${swatch.fill}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('is the one the PDF, the board picture and the app draw from', () => {
    const html = reportHtml(buildReport(reportData({ findings: FINDINGS }), DEFAULT_REPORT_OPTIONS));
    const board = boardPicture({ engagement: reportData().engagement, findings: FINDINGS, participants: PARTICIPANTS, redactNames: false, generatedAt: '2026-03-06T16:00:00.000Z' }).html;
    for (const severity of SEVERITIES) {
      const { fill, text } = severitySwatch(severity);
      expect(html).toContain(`.sev-${severity} { background: ${fill}; color: ${text}; }`);
      expect(board).toContain(`background: ${fill}; color: ${text}`);
    }
    expect(new Map(severityCustomProperties()).get('--sev-high')).toBe(`light-dark(${SEVERITY_PALETTE.high.light.fill}, ${SEVERITY_PALETTE.high.dark.fill})`);
  });
});
