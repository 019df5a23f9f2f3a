/** One feedback as the server lists it (`GET /api/feedback`). */
export interface InboxItem {
  id: string;
  message: string;
  email?: string;
  name?: string;
  page?: string;
  createdAt: string;
  read: boolean;
  answerCount: number;
  lastAnsweredAt?: string;
}

export interface Answer {
  id: string;
  text: string;
  answeredAt: string;
  answeredBy: string;
}

/** One feedback opened (`GET /api/feedback/:id`), which marks it read. */
export interface OpenedFeedback extends InboxItem {
  answers: Answer[];
}

export interface InboxPage {
  feedback: InboxItem[];
  total: number;
  unread: number;
}

/** The server's limit for an answer's text. */
export const ANSWER_MAX = 10_000;
