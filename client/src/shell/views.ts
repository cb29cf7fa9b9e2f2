// The views of the explorer, in the order of the navigation. The analytics
// views join this list as they are built.
export const VIEWS = [{ id: 'explore', label: 'Explore', hint: 'The cooperation graph, filtered, searched and inspected' }] as const;

export type ViewId = (typeof VIEWS)[number]['id'];

export function viewOf(value: string | null): ViewId {
  return VIEWS.find((view) => view.id === value)?.id ?? 'explore';
}
