// English default questions for a relaxed coffee chat: open, short, one thing at a time.
import type { QuestionTexts } from './question-ids';

export const QUESTIONS_EN: QuestionTexts = {
  groups: {
    path: 'Their path',
    work: 'The work itself',
    industry: 'The field and the company',
    advice: 'Advice for you',
    leads: 'Who else',
  },
  questions: {
    'path.story': 'How did you get into this line of work?',
    'path.turningPoint': 'Was there a moment when you knew this was the direction for you?',
    'path.background': 'What from your earlier jobs or studies has helped you most here?',
    'work.typicalWeek': 'What does a typical week look like for you?',
    'work.bestAndHardest': 'What do you enjoy most about the work, and what’s the hardest part?',
    'work.skills': 'Which skills really make the difference in your role?',
    'work.surprise': 'What surprised you once you started?',
    'industry.changes': 'How is the field changing right now?',
    'industry.culture': 'What’s the culture like where you work?',
    'industry.wayIn': 'How do people from other fields usually find their way onto teams like yours?',
    'advice.inMyShoes': 'If you were in my shoes, what would you do first?',
    'advice.myStory':
      'How does my background come across to someone in your field, and what would make it stronger?',
    'advice.gaps': 'Is there a skill or experience I should pick up before making the move?',
    'advice.resources': 'Are there any events, groups or reading you’d recommend?',
    'leads.whoElse': 'Who else would you suggest I talk to?',
  },
};
