/** The slimmed detector data of the pack being built (see `detector-data-plugin.ts`). */
declare module 'virtual:factmark-detector-data' {
  const data: import('../matching').DetectorData;
  export default data;
}
