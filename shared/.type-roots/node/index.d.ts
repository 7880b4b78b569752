// Stands in for @types/node in shared/'s type check (tsconfig.shared.json `typeRoots`): jszip
// and @types/pdfmake reference Node's types, which would make Buffer, process and the other
// Node globals type-check in shared/, which runs in the browser too. Nothing is declared here.
export {};
