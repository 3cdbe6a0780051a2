import type { BaseService, CentreKind } from "../schema/centres.ts";

const all: BaseService[] = ["mhv", "bhv", "oppen_forskola", "socialtjanst"];
const withoutMhv: BaseService[] = ["bhv", "oppen_forskola", "socialtjanst"];
const bhvAndOpenPreschool: BaseService[] = ["bhv", "oppen_forskola"];

interface DemoCentre {
  name: string;
  municipalityCode: string;
  kind: CentreKind;
  baseServices: BaseService[];
  otherPartners?: string[];
  activeFrom: string;
}

const fc = (name: string, municipalityCode: string, activeFrom: string, otherPartners: string[] = []): DemoCentre => ({
  name,
  municipalityCode,
  kind: "familjecentral",
  baseServices: all,
  otherPartners,
  activeFrom,
});

const likeFc = (
  name: string,
  municipalityCode: string,
  activeFrom: string,
  baseServices: BaseService[],
): DemoCentre => ({
  name,
  municipalityCode,
  kind: "familjecentralsliknande",
  baseServices,
  activeFrom,
});

/** The two Skåne centres of the demo local coordinator; the Malmö one also gets the demo collection tokens. */
export const demoMalmoCentreName = "Familjecentralen Rosengård";
export const demoLundCentreName = "Familjecentralen Linero";

/** A plausible spread of demo centres: about forty in Skåne and a few in each other region. */
export const demoCentres: DemoCentre[] = [
  fc(demoMalmoCentreName, "1280", "2009-09-01", ["Bibliotek", "SFI"]),
  fc("Familjecentralen Lindängen", "1280", "2012-01-15"),
  fc("Familjecentralen Hermodsdal", "1280", "2014-03-01", ["Folktandvården"]),
  fc("Familjecentralen Husie", "1280", "2016-08-15"),
  fc("Familjecentralen Kroksbäck", "1280", "2011-02-01"),
  fc("Familjecentralen Holma", "1280", "2018-01-08"),
  likeFc("Familjecentralen Fosie", "1280", "2020-09-01", withoutMhv),
  fc(demoLundCentreName, "1281", "2008-05-01", ["Bibliotek"]),
  fc("Familjecentralen Norra Fäladen", "1281", "2013-09-01"),
  fc("Familjecentralen Klostergården", "1281", "2017-01-09"),
  fc("Familjecentralen Drottninghög", "1283", "2006-10-01", ["Bibliotek", "Folktandvården"]),
  fc("Familjecentralen Dalhem", "1283", "2010-04-01"),
  fc("Familjecentralen Närlunda", "1283", "2015-08-17"),
  likeFc("Familjecentralen Planteringen", "1283", "2019-02-01", withoutMhv),
  fc("Familjecentralen Gamlegården", "1290", "2007-11-01", ["SFI"]),
  fc("Familjecentralen Näsby", "1290", "2016-01-11"),
  fc("Familjecentralen Trelleborg", "1287", "2012-09-03"),
  fc("Familjecentralen Hässleholm", "1293", "2011-05-02"),
  fc("Familjecentralen Ängelholm", "1292", "2014-10-01"),
  fc("Familjecentralen Eslöv", "1285", "2010-01-11"),
  fc("Familjecentralen Ystad", "1286", "2013-04-02"),
  fc("Familjecentralen Landskrona", "1282", "2009-01-12", ["Bibliotek"]),
  fc("Familjecentralen Höganäs", "1284", "2015-09-01"),
  fc("Familjecentralen Kävlinge", "1261", "2017-08-14"),
  fc("Familjecentralen Lomma", "1262", "2018-09-03"),
  fc("Familjecentralen Staffanstorp", "1230", "2016-03-01"),
  fc("Familjecentralen Arlöv", "1231", "2012-11-01"),
  likeFc("Familjecentralen Vellinge", "1233", "2019-08-19", withoutMhv),
  fc("Familjecentralen Svedala", "1263", "2014-01-13"),
  fc("Familjecentralen Skurup", "1264", "2015-02-02"),
  fc("Familjecentralen Sjöbo", "1265", "2013-10-01"),
  fc("Familjecentralen Hörby", "1266", "2018-01-15"),
  fc("Familjecentralen Höör", "1267", "2016-09-01"),
  likeFc("Familjecentralen Tomelilla", "1270", "2020-01-13", bhvAndOpenPreschool),
  fc("Familjecentralen Simrishamn", "1291", "2011-09-01"),
  likeFc("Familjecentralen Bromölla", "1272", "2021-03-01", bhvAndOpenPreschool),
  likeFc("Familjecentralen Osby", "1273", "2019-10-01", withoutMhv),
  fc("Familjecentralen Klippan", "1276", "2014-08-18"),
  fc("Familjecentralen Åstorp", "1277", "2017-02-01"),
  fc("Familjecentralen Bjuv", "1260", "2015-11-02"),
  likeFc("Familjecentralen Svalöv", "1214", "2022-01-10", bhvAndOpenPreschool),
  fc("Familjecentralen Råslätt", "0680", "2010-02-01"),
  fc("Familjecentralen Öxnehaga", "0680", "2012-09-01"),
  fc("Familjecentralen Värnamo", "0683", "2014-01-13"),
  fc("Familjecentralen Nässjö", "0682", "2011-10-03"),
  likeFc("Familjecentralen Gislaved", "0662", "2019-08-19", withoutMhv),
  fc("Familjecentralen Vivalla", "1880", "2009-03-02", ["SFI"]),
  fc("Familjecentralen Baronbackarna", "1880", "2013-01-14"),
  fc("Familjecentralen Karlskoga", "1883", "2015-09-01"),
  likeFc("Familjecentralen Kumla", "1881", "2020-02-03", bhvAndOpenPreschool),
  fc("Familjecentralen Fröslunda", "0484", "2011-11-01"),
  fc("Familjecentralen Nyköping", "0480", "2016-01-11"),
  fc("Familjecentralen Katrineholm", "0483", "2018-09-03"),
];
