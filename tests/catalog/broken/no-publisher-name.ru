# expect: kzsh:Agent-name
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX dcat: <http://www.w3.org/ns/dcat#>
PREFIX dcterms: <http://purl.org/dc/terms/>
DELETE { ?p foaf:name ?n } WHERE { ?d a dcat:Dataset ; dcterms:publisher ?p . ?p foaf:name ?n }
