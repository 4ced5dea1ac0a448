# expect: kzsh:Dataset-title
PREFIX dcat: <http://www.w3.org/ns/dcat#>
PREFIX dcterms: <http://purl.org/dc/terms/>
DELETE { ?d dcterms:title ?t } WHERE { ?d a dcat:Dataset ; dcterms:title ?t FILTER(LANG(?t) = "en") }
