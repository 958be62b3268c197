// The pages every run checks, with the text that proves each rendered.
export const PAGES = [
  { name: "home", path: "/", text: "Paga la scuola dei tuoi figli" },
  { name: "scuole", path: "/scuole", text: "Cerca per codice" },
  { name: "scuole-risultati", path: "/scuole?regione=Lombardia", text: "4 scuole trovate" },
  { name: "scuole-errori", path: "/scuole?codice=MIIC8&regione=Atlantide", text: "ne hai inseriti 5" },
  { name: "scuola", path: "/scuole/MIIC8CY00P", text: "Istituto Comprensivo Scapponi" },
  { name: "privacy", path: "/privacy", text: "Informativa sul trattamento" },
  { name: "accessibilita", path: "/accessibilita", text: "Dichiarazione di accessibilità" },
  { name: "accedi", path: "/accedi", text: "Accedi con lo username" },
  { name: "registrazione", path: "/registrazione", text: "Non sono un robot" },
  { name: "recupero-credenziali", path: "/recupero-credenziali", text: "Recupera username e password" },
  { name: "recupero-link-scaduto", path: "/recupero-credenziali/00", text: "non è valido" },
  { name: "conferma-link-scaduto", path: "/registrazione/conferma/00", text: "non è valido o è scaduto" },
  { name: "condizioni", path: "/condizioni", text: "Legge applicabile" },
  { name: "esci", path: "/esci", text: "Esci" },
  { name: "posta", path: "/dev/posta", text: "Posta di sviluppo" },
  { name: "non-trovata", path: "/pagina-che-non-esiste", text: "Pagina non trovata" },
];
