# expect: kzsh:Catalog-licence
PREFIX dcat: <http://www.w3.org/ns/dcat#>
PREFIX dcterms: <http://purl.org/dc/terms/>
DELETE { ?c dcterms:license ?l } WHERE { ?c a dcat:Catalog ; dcterms:license ?l }
