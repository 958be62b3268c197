// The pages every run checks, with the text that proves each rendered.
export const PAGES = [
  { name: "home", path: "/", text: "Paga la scuola dei tuoi figli" },
  { name: "scuole", path: "/scuole", text: "Cerca per codice" },
  { name: "scuole-risultati", path: "/scuole?regione=Lombardia", text: "4 scuole trovate" },
  { name: "scuole-errori", path: "/scuole?codice=MIIC8&regione=Atlantide", text: "ne hai inseriti 5" },
  { name: "scuola", path: "/scuole/MIIC8CY00P", text: "Istituto Comprensivo Scapponi" },
  { name: "privacy", path: "/privacy", text: "Informativa sul trattamento" },
  { name: "accessibilita", path: "/accessibilita", text: "Dichiarazione di accessibilità" },
  { name: "accedi", path: "/accedi", text: "area famiglie" },
  { name: "non-trovata", path: "/pagina-che-non-esiste", text: "Pagina non trovata" },
];
