import type { CatalogueData } from './catalogue-types';

/**
 * The Customer Service Excellence standard, 57-element edition, as published (Crown copyright,
 * Open Government Licence). Names and statements are quoted exactly, including the published
 * spellings "co-ordinated" (3.4.1) and "coordinated" (3.4.2).
 */
export const CSE_57: CatalogueData = {
  id: 'cse-57',
  title: 'Customer Service Excellence standard (57 elements)',
  criteria: [
    {
      number: 1,
      name: 'Customer Insight',
      subCriteria: [
        {
          id: '1.1',
          name: 'Customer Identification',
          elements: [
            {
              id: '1.1.1',
              statement:
                'We have an in-depth understanding of the characteristics of our current and potential customer groups based on recent and reliable information.',
            },
            {
              id: '1.1.2',
              statement:
                'We have developed customer insight about our customer groups to better understand their needs and preferences.',
            },
            {
              id: '1.1.3',
              statement:
                'We make particular efforts to identify hard to reach and disadvantaged groups and individuals and have developed our services in response to their specific needs.',
            },
          ],
        },
        {
          id: '1.2',
          name: 'Engagement and Consultation',
          elements: [
            {
              id: '1.2.1',
              statement:
                'We have a strategy for engaging and involving customers using a range of methods appropriate to the needs of identified customer groups.',
            },
            {
              id: '1.2.2',
              statement:
                'We have made the consultation of customers integral to continually improving our service and we advise customers of the results and action taken.',
            },
            {
              id: '1.2.3',
              statement:
                'We regularly review our strategies and opportunities for consulting and engaging with customers to ensure that the methods used are effective and provide reliable and representative results.',
            },
          ],
        },
        {
          id: '1.3',
          name: 'Customer Satisfaction',
          elements: [
            {
              id: '1.3.1',
              statement:
                'We use reliable and accurate methods to measure customer satisfaction on a regular basis.',
            },
            {
              id: '1.3.2',
              statement:
                'We analyse and publicise satisfaction levels for the full range of customers for all main areas of our service and we have improved services as a result.',
            },
            {
              id: '1.3.3',
              statement:
                'We include in our measurement of satisfaction specific questions relating to key areas including those on delivery, timeliness, information, access, and the quality of customer service, as well as specific questions, which are informed by customer insight.',
            },
            {
              id: '1.3.4',
              statement:
                'We set challenging and stretching targets for customer satisfaction and our levels are improving.',
            },
            {
              id: '1.3.5',
              statement:
                'We have made positive changes to services as a result of analysing customer experience, including improved customer journeys.',
            },
          ],
        },
      ],
    },
    {
      number: 2,
      name: 'The Culture of the Organisation',
      subCriteria: [
        {
          id: '2.1',
          name: 'Leadership, Policy and Culture',
          elements: [
            {
              id: '2.1.1',
              statement:
                'There is corporate commitment to putting the customer at the heart of service delivery and leaders in our organisation actively support this and advocate for customers.',
            },
            {
              id: '2.1.2',
              statement:
                'We use customer insight to inform policy and strategy and to prioritise service improvement activity.',
            },
            {
              id: '2.1.3',
              statement:
                'We have policies and procedures, which support the right of all customers to expect excellent levels of service.',
            },
            {
              id: '2.1.4',
              statement:
                'We ensure that all customers and customer groups are treated fairly and this is confirmed by feedback and the measurement of customer experience.',
            },
            {
              id: '2.1.5',
              statement:
                "We protect customers' privacy both in face-to-face discussions and in the transfer and storage of customer information.",
            },
            {
              id: '2.1.6',
              statement:
                'We empower and encourage all employees to actively promote and participate in the customer-focused culture of our organisation.',
            },
          ],
        },
        {
          id: '2.2',
          name: 'Staff Professionalism and Attitude',
          elements: [
            {
              id: '2.2.1',
              statement:
                'We can demonstrate our commitment to developing and delivering customer focused services through our recruitment, training and development policies for staff.',
            },
            {
              id: '2.2.2',
              statement:
                'Our staff are polite and friendly to customers and have an understanding of customer needs.',
            },
            {
              id: '2.2.3',
              statement:
                'We prioritise customer focus at all levels of our organisation and evaluate individual and team commitment through the performance management system.',
            },
            {
              id: '2.2.4',
              statement:
                "We can demonstrate how customer-facing staffs' insight and experience is incorporated into internal processes, policy development and service planning.",
            },
            {
              id: '2.2.5',
              statement:
                'We value the contribution our staff make to delivering customer focused services, and leaders, managers and staff demonstrate these behaviours.',
            },
          ],
        },
      ],
    },
    {
      number: 3,
      name: 'Information and Access',
      subCriteria: [
        {
          id: '3.1',
          name: 'Range of Information',
          elements: [
            {
              id: '3.1.1',
              statement:
                'We make information about the full range of services we provide available to our customers and potential customers, including how and when people can contact us, how our services are run and who is in charge.',
            },
            {
              id: '3.1.2',
              statement:
                'Where there is a charge for services, we tell our customers how much they will have to pay.',
            },
          ],
        },
        {
          id: '3.2',
          name: 'Quality of Information',
          elements: [
            {
              id: '3.2.1',
              statement:
                'We provide our customers with the information they need in ways which meet their needs and preferences, using a variety of appropriate channels.',
            },
            {
              id: '3.2.2',
              statement:
                'We take reasonable steps to make sure our customers have received and understood the information we provide.',
              wordingUnconfirmed: true,
            },
            {
              id: '3.2.3',
              statement:
                'We have improved the range, content and quality of verbal, published and web based information we provide to ensure it is relevant and meets the needs of customers.',
            },
            {
              id: '3.2.4',
              statement:
                'We can demonstrate that information we provide to our customers is accurate and complete, and that when this is not the case we advise customers when they will receive the information they requested.',
            },
          ],
        },
        {
          id: '3.3',
          name: 'Access',
          elements: [
            {
              id: '3.3.1',
              statement:
                'We make our services easily accessible to all customers through provision of a range of alternative channels.',
            },
            {
              id: '3.3.2',
              statement:
                'We evaluate how customers interact with the organisation through access channels and we use this information to identify possible service improvements and offer better choices.',
            },
            {
              id: '3.3.3',
              statement:
                'We ensure that where customers can visit our premises in person facilities are as clean and comfortable as possible.',
            },
          ],
        },
        {
          id: '3.4',
          name: 'Co-operative working with other providers, partners and communities',
          elements: [
            {
              id: '3.4.1',
              statement:
                'We have made arrangements with other providers and partners to offer and supply co-ordinated services, and these arrangements have demonstrable benefits for our customers.',
            },
            {
              id: '3.4.2',
              statement:
                'We have developed coordinated working arrangements with our partners that ensure customers have clear lines of accountability for quality of service.',
            },
            {
              id: '3.4.3',
              statement:
                'We interact within wider communities and we can demonstrate the ways in which we support those communities.',
            },
          ],
        },
      ],
    },
    {
      number: 4,
      name: 'Delivery',
      subCriteria: [
        {
          id: '4.1',
          name: 'Delivery standards',
          elements: [
            {
              id: '4.1.1',
              statement:
                'We have challenging standards for our main services, which take account of our responsibility for delivering national and statutory standards and targets.',
            },
            {
              id: '4.1.2',
              statement:
                'We monitor and meet our standards, key departmental and performance targets, and we tell our customers about our performance.',
            },
            {
              id: '4.1.3',
              statement:
                'We consult and involve customers, citizens, partners and staff on the setting, reviewing and raising of our local standards.',
            },
          ],
        },
        {
          id: '4.2',
          name: 'Achieved Delivery and Outcomes',
          elements: [
            {
              id: '4.2.1',
              statement:
                'We agree with our customers at the outset what they can expect from the service we provide.',
            },
            {
              id: '4.2.2',
              statement:
                'We can demonstrate that we deliver the service we promised to individual customers and that outcomes are positive for the majority of our customers.',
            },
            {
              id: '4.2.3',
              statement:
                'We can demonstrate that we benchmark our performance against that of similar or complementary organisations and have used that information to improve our service.',
            },
            {
              id: '4.2.4',
              statement:
                'We have developed and learned from best practice identified within and outside our organisation, and we publish our examples externally where appropriate.',
            },
          ],
        },
        {
          id: '4.3',
          name: 'Deal effectively with problems',
          elements: [
            {
              id: '4.3.1',
              statement:
                'We identify any dips in performance against our standards and explain these to customers, together with action we are taking to put things right and prevent further recurrence.',
            },
            {
              id: '4.3.2',
              statement:
                'We have an easy to use complaints procedure, which includes a commitment to deal with problems fully and solve them wherever possible within a reasonable time limit.',
            },
            {
              id: '4.3.3',
              statement:
                'We give staff training and guidance to handle complaints and to investigate them objectively, and we can demonstrate that we empower staff to put things right.',
            },
            {
              id: '4.3.4',
              statement:
                'We learn from any mistakes we make by identifying patterns in formal and informal complaints and comments from customers and use this information to improve services and publicise action taken.',
            },
            {
              id: '4.3.5',
              statement:
                'We regularly review and improve our complaints procedure, taking account of the views of customers, complainants and staff.',
            },
            {
              id: '4.3.6',
              statement:
                'We ensure that the outcome of the complaint process for customers (whose complaint is upheld) is satisfactory for them.',
            },
          ],
        },
      ],
    },
    {
      number: 5,
      name: 'Timeliness and Quality of Service',
      subCriteria: [
        {
          id: '5.1',
          name: 'Standards for Timeliness and Quality',
          elements: [
            {
              id: '5.1.1',
              statement:
                'We set appropriate and measurable standards for the timeliness of response for all forms of customer contact including phone calls, letters, e-communications and personal callers.',
            },
            {
              id: '5.1.2',
              statement:
                'We set comprehensive standards for all aspects of the quality of customer service to be expected in all dealings with our organisation.',
            },
          ],
        },
        {
          id: '5.2',
          name: 'Timely Outcomes',
          elements: [
            {
              id: '5.2.1',
              statement:
                'We advise our customers and potential customers about our promises on timeliness and quality of customer service.',
            },
            {
              id: '5.2.2',
              statement:
                'We identify individual customer needs at the first point of contact with us and ensure that an appropriate person who can address the reason for contact deals with the customer.',
            },
            {
              id: '5.2.3',
              statement:
                'We promptly share customer information with colleagues and partners within our organisation whenever appropriate and can demonstrate how this has reduced unnecessary contact for customers.',
            },
            {
              id: '5.2.4',
              statement:
                'Where service is not completed at the first point of contact we discuss with the customer the next steps and indicate the likely overall time to achieve outcomes.',
            },
            {
              id: '5.2.5',
              statement:
                'We respond to initial enquiries promptly, if there is a delay we advise the customer and take action to rectify the problem.',
            },
          ],
        },
        {
          id: '5.3',
          name: 'Achieved Timely Delivery',
          elements: [
            {
              id: '5.3.1',
              statement:
                'We monitor our performance against standards for timeliness and quality of customer service and we take action if problems are identified.',
            },
            {
              id: '5.3.2',
              statement:
                'We are meeting our current standards for timeliness and quality of customer service and we publicise our performance against these standards.',
            },
            {
              id: '5.3.3',
              statement:
                'Our performance in relation to timeliness and quality of service compares well with that of similar organisations.',
            },
          ],
        },
      ],
    },
  ],
};
