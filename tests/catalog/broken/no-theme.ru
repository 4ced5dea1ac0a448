# expect: kzsh:Dataset-theme
PREFIX dcat: <http://www.w3.org/ns/dcat#>
DELETE { ?d dcat:theme ?t } WHERE { ?d a dcat:Dataset ; dcat:theme ?t }
