// vnu-jar ships no type declarations: its default export is the path of vnu.jar (a String object).
declare module 'vnu-jar' {
  const chemin: string;
  export default chemin;
}
