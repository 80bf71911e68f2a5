import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compareByStatus, programmeStatus, roundMistakes, roundPhase, statusDate, statusText, type Round } from "../../../lib/content/rounds.ts";

const spring: Round = { opens: "2027-01-15", deadline: "2027-03-31", decision: "2027-05-15" };
const autumn: Round = { opens: "2027-06-01", deadline: "2027-09-30" };

describe("the status of a programme follows from its rounds and today", () => {
  it("moves from upcoming to open to the next round to none as today passes the dates", () => {
    const rounds = [spring, autumn];
    const at = (today: string) => statusText(programmeStatus(rounds, today));
    assert.equal(at("2027-01-14"), "Nächste Runde ab 15. Januar 2027");
    assert.equal(at("2027-01-15"), "Bewerbung möglich bis 31. März 2027");
    assert.equal(at("2027-03-31"), "Bewerbung möglich bis 31. März 2027", "the deadline day still counts");
    assert.equal(at("2027-04-01"), "Nächste Runde ab 1. Juni 2027", "the day after the deadline the next round is announced");
    assert.equal(at("2027-06-01"), "Bewerbung möglich bis 30. September 2027");
    assert.equal(at("2027-10-01"), "Derzeit keine Ausschreibung");
  });
  it("knows each round's phase", () => {
    assert.equal(roundPhase(spring, "2027-01-14"), "upcoming");
    assert.equal(roundPhase(spring, "2027-02-01"), "open");
    assert.equal(roundPhase(spring, "2027-04-01"), "closed");
  });
  it("lists open programmes first (nearest deadline), then upcoming, then the rest", () => {
    const today = "2027-02-01";
    const programmes = [
      { title: "Ohne Runde", status: programmeStatus([{ opens: "2026-01-01", deadline: "2026-02-01" }], today) },
      { title: "Später", status: programmeStatus([autumn], today) },
      { title: "Offen lang", status: programmeStatus([{ opens: "2027-01-01", deadline: "2027-12-31" }], today) },
      { title: "Offen kurz", status: programmeStatus([spring], today) },
    ];
    assert.deepEqual(
      programmes.sort(compareByStatus).map((p) => p.title),
      ["Offen kurz", "Offen lang", "Später", "Ohne Runde"],
    );
  });
});

describe("the date a programme is sorted by in the search", () => {
  it("is the open round's deadline, else the next opening, else the last deadline", () => {
    const rounds = [
      { opens: "2027-01-15", deadline: "2027-03-31" },
      { opens: "2027-09-01", deadline: "2027-10-31" },
    ];
    assert.equal(statusDate(programmeStatus(rounds, "2027-02-01"), rounds), "2027-03-31");
    assert.equal(statusDate(programmeStatus(rounds, "2027-04-01"), rounds), "2027-09-01");
    assert.equal(statusDate(programmeStatus(rounds, "2027-11-01"), rounds), "2027-10-31");
  });
});

describe("mistakes in the rounds", () => {
  it("finds a deadline before its opening", () => {
    const [mistake] = roundMistakes([{ opens: "2027-03-01", deadline: "2027-02-01" }]);
    assert.equal(mistake?.field, "deadline");
    assert.match(mistake!.received, /die Frist 1\. Februar 2027, vor dem Beginn am 1\. März 2027/);
  });
  it("finds overlapping rounds and names the later one", () => {
    const mistakes = roundMistakes([spring, { opens: "2027-03-15", deadline: "2027-06-30" }]);
    assert.equal(mistakes.length, 1);
    assert.equal(mistakes[0]!.index, 1);
    assert.equal(mistakes[0]!.field, "opens");
  });
  it("finds a decision before the deadline, and accepts good rounds", () => {
    assert.equal(roundMistakes([{ ...spring, decision: "2027-03-01" }])[0]?.field, "decision");
    assert.deepEqual(roundMistakes([spring, autumn]), []);
  });
});
