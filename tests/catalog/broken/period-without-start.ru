# expect: kzsh:PeriodOfTime-startDate
PREFIX dcat: <http://www.w3.org/ns/dcat#>
DELETE { ?p dcat:startDate ?s } WHERE { ?p dcat:startDate ?s }
