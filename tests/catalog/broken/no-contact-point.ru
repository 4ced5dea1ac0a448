# expect: kzsh:Dataset-contactPoint
PREFIX dcat: <http://www.w3.org/ns/dcat#>
DELETE { ?d dcat:contactPoint ?c } WHERE { ?d a dcat:Dataset ; dcat:contactPoint ?c }
