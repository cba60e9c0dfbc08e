/** A report's figures at a glance: large numbers in tiles, each with its label and an optional line under it. */
export interface Tile {
  label: string;
  value: string;
  detail?: string;
  /** Colours the tile's edge: waiting times, or how many were served well. */
  tone?: 'wait' | 'ok';
}

export function ReportTiles({ tiles, testId }: { tiles: readonly Tile[]; testId?: string }) {
  return (
    <dl className="report-tiles" data-testid={testId}>
      {tiles.map((tile) => (
        <div key={tile.label} className={`report-tile${tile.tone ? ` report-tile--${tile.tone}` : ''}`}>
          <dt>{tile.label}</dt>
          <dd>
            <span className="report-tile__value">{tile.value}</span>
            {tile.detail && <span className="report-tile__detail">{tile.detail}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
